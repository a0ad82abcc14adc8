import type { ArticleGraph, EntityWrite } from '../src/domain/article-graph';
import { type ArticleId, type EntityId, eventIdFor, normaliseForIdentity, quoteIdFor, roleIdFor } from '../src/domain/ids';
import type { Mention } from '../src/domain/mention';
import type { Provenance } from '../src/domain/provenance';
import type { AnnotatedDoc, EntityDraft, EntityKey } from './doc';
import type { EntityResolution } from './resolve/resolve-entities';

/** Keeps the first of each id: an article stating the same role or event twice stores it once. */
function firstById<T extends { readonly id: string }>(items: readonly T[]): T[] {
  return items.filter((item, index) => items.findIndex((other) => other.id === item.id) === index);
}

function idResolver(resolution: EntityResolution): (key: EntityKey) => EntityId {
  return (key) => {
    const decision = resolution.decisions.get(key);
    if (!decision) throw new Error(`Entity key ${key} has no resolution: resolve the same doc that is written.`);
    return decision.entityId;
  };
}

/** Two drafts resolved to one node (a name coreference missed, or both merged into one stored entity) become one write. */
function entityWrites(doc: AnnotatedDoc, resolution: EntityResolution, idOf: (key: EntityKey) => EntityId): EntityWrite[] {
  const byId = new Map<EntityId, { type: EntityDraft['type']; name: string; forms: string[] }>();
  for (const draft of doc.entities) {
    const id = idOf(draft.key);
    const name = resolution.decisions.get(draft.key)?.stored?.name ?? draft.name; // a stored node keeps its name
    const group = byId.get(id) ?? { type: draft.type, name, forms: [] };
    group.forms.push(draft.name, ...draft.aliases);
    byId.set(id, group);
  }
  return [...byId].map(([id, { type, name, forms }]) => {
    const aliases = [...new Map(forms.map((form) => [normaliseForIdentity(form), form] as const)).entries()]
      .filter(([key]) => key !== normaliseForIdentity(name)).map(([, form]) => form);
    return { id, type, name, aliases };
  });
}

function mentionsOf(doc: AnnotatedDoc, articleId: ArticleId, idOf: (key: EntityKey) => EntityId): Mention[] {
  const indexesById = new Map<EntityId, number[]>();
  for (const draft of doc.entities) {
    const id = idOf(draft.key);
    indexesById.set(id, [...(indexesById.get(id) ?? []), ...draft.mentionIndexes]);
  }
  return [...indexesById].flatMap(([entityId, indexes]) => {
    const mentions = indexes.flatMap((index) => doc.mentions[index] ?? []).sort((a, b) => a.start - b.start);
    if (mentions.length === 0) return [];
    const sentenceIndexes = [...new Set(mentions.map((mention) => mention.sentenceIndex))].sort((a, b) => a - b);
    return [{ entityId, articleId, count: mentions.length, sentenceIndexes, surfaceForms: [...new Set(mentions.map((mention) => mention.text))] }];
  });
}

/** Drafts → the graph one article contributes, under the ids the resolver chose. Pure. */
export function toArticleGraph(doc: AnnotatedDoc, resolution: EntityResolution, articleId: ArticleId): ArticleGraph {
  const idOf = idResolver(resolution);
  const optionalId = (key: EntityKey | null): EntityId | null => (key === null ? null : idOf(key));
  const provenance = (sentenceIndex: number, start: number, end: number): Provenance => {
    const sentence = doc.sentences[sentenceIndex];
    if (!sentence) throw new Error(`A fact cites sentence ${sentenceIndex}, which the doc does not have.`);
    return { articleId, sentenceIndex, start, end, sentence: sentence.text };
  };
  return {
    article: { ...doc.article, id: articleId },
    entities: entityWrites(doc, resolution, idOf),
    mentions: mentionsOf(doc, articleId, idOf),
    quotes: firstById(doc.quotes.map((quote) => ({
      id: quoteIdFor(articleId, quote.start, quote.end), text: quote.text, speakerId: optionalId(quote.speakerKey),
      aboutIds: [...new Set(quote.aboutKeys.map(idOf))], provenance: provenance(quote.sentenceIndex, quote.start, quote.end),
    }))),
    roles: firstById(doc.roles.map((role) => {
      const personId = idOf(role.personKey);
      return {
        id: roleIdFor(articleId, personId, role.title), personId, title: role.title,
        organizationId: optionalId(role.organizationKey), provenance: provenance(role.sentenceIndex, role.start, role.end),
      };
    })),
    events: firstById(doc.events.map((event) => ({
      id: eventIdFor(articleId, event.type, event.start), type: event.type, trigger: event.trigger, date: event.date,
      placeId: optionalId(event.placeKey), participantIds: [...new Set(event.participantKeys.map(idOf))],
      provenance: provenance(event.sentenceIndex, event.start, event.end),
    }))),
    merges: resolution.merges,
  };
}
