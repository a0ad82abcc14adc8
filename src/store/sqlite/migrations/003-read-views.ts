// Views give every read the same assembled columns, so no read builds them its own way.
export const readViews = `
CREATE VIEW entity_view AS
SELECT e.id, e.type, e.name, e.name_key, e.mention_count,
  (SELECT json_group_array(a.alias) FROM entity_aliases a WHERE a.entity_id = e.id) AS aliases
FROM entities e;

CREATE VIEW quote_view AS
SELECT q.id, q.article_id, q.text, q.speaker_id, q.sentence_index, q.start_offset, q.end_offset, q.sentence,
  a.published_at,
  (SELECT json_group_array(qa.entity_id ORDER BY qa.position) FROM quote_about qa WHERE qa.quote_id = q.id) AS about_ids
FROM quotes q JOIN articles a ON a.id = q.article_id;

CREATE VIEW role_view AS
SELECT r.id, r.article_id, r.person_id, r.title, r.organization_id, r.sentence_index, r.start_offset,
  r.end_offset, r.sentence, a.published_at
FROM roles r JOIN articles a ON a.id = r.article_id;

-- An event is dated by the date the text gives it, else by its article.
CREATE VIEW event_view AS
SELECT ev.id, ev.article_id, ev.type, ev.trigger, ev.date, ev.place_id, ev.sentence_index, ev.start_offset,
  ev.end_offset, ev.sentence, coalesce(ev.date, a.published_at) AS sort_date,
  (SELECT json_group_array(p.entity_id ORDER BY p.position) FROM event_participants p WHERE p.event_id = ev.id)
    AS participant_ids
FROM events ev JOIN articles a ON a.id = ev.article_id;
`;
