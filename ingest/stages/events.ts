import type { AnnotatedDoc, EventDraft, RoledDoc } from '../doc';
import { listEntityMentions, type EntityMention } from './entity-mentions';
import { countryOfDemonym } from './demonyms';
import { dateIn } from './event-dates';
import { findTriggers, type Trigger } from './event-triggers';
import { findQuoteSpans } from './quote-spans';
import { findStatements } from './statements';

/** Clauses joined by these carry separate events ("pledged aid, as officials met in Rome"). */
const CLAUSE_BREAK = /;|,\s+(?:as|while|but|after|before|when|although|though|despite|whereas)\s+|\s+[—–]\s+/gi;
/** A place is where something happened when a locative preposition introduces it. */
const LOCATIVE_BEFORE = /\b(?:in|at|near|to|into|outside|off|across|over|around|inside|on)\s+(?:the\s+)?(?:(?:town|city|village|region|province|state|county|district|capital|port) of\s+)?$/i;
const DIRECT_OBJECT = /^\s+(?:the\s+)?$/;
const FROM_BEFORE = /\bfrom\s+(?:the\s+)?$/i;
const NEAR_WORDS_BEFORE = /(?:[\p{L}-]+\s+){1,3}$/u;
const CAPITALISED_WORD = /\b\p{Lu}\p{Ll}+\b/gu;
const POSSESSIVE_AFTER = /^['’]s\b/;
const POSSESSIVE_OWNER = /(?:\p{Lu}[\p{L}.-]*\s+)*\p{Lu}[\p{L}.-]*['’]s\s+$/u;

/** "the attack", "their visit", "the overnight attack": a definite trigger refers back to an event already told. */
const ANAPHORIC_BEFORE = /\b(?:the|this|that|its|their|his|her|these|those)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** Adds the events the article reports: typed by trigger words, plus one STATEMENT per speaker. */
export function findEvents(doc: RoledDoc): AnnotatedDoc {
  // Words inside quotation marks are a speaker's or a scare quote ("strike" price), not the report.
  const quoted = findQuoteSpans(doc.text);
  const isQuoted = (at: number) => quoted.some((span) => span.start <= at && at < span.end);
  const mentions = listEntityMentions(doc).filter((m) => !isQuoted(m.start));
  const events: EventDraft[] = [];
  for (const sentence of doc.sentences) {
    for (const clause of clausesOf(sentence.text, sentence.start)) {
      const triggers = findTriggers(doc.text.slice(clause.start, clause.end))
        .map((t) => ({ ...t, start: t.start + clause.start, end: t.end + clause.start }))
        // A trigger word inside a name ("the Accord party", "Agreement's leaders", "Election
        // Commission") names something, it reports nothing.
        .filter((t) => !isQuoted(t.start) && !mentions.some((m) => m.start <= t.start && t.end <= m.end));
      const inClause = mentions.filter((m) => m.start >= clause.start && m.end <= clause.end);
      for (const trigger of firstOfEachType(triggers)) {
        const event = eventAt(doc, trigger, inClause, clause, sentence.index);
        const earlier = events.findLastIndex((e) => e.type === trigger.type);
        const isAnaphoric = ANAPHORIC_BEFORE.test(doc.text.slice(Math.max(0, trigger.start - 40), trigger.start));
        if (earlier !== -1 && (isAnaphoric || (event !== null && isElaboration(events[earlier]!, event)))) {
          if (event !== null) events[earlier] = mergeInto(events[earlier]!, event);
        } else if (event !== null && !events.some((e) => isSameEvent(e, event))) {
          events.push(event);
        }
      }
    }
  }
  return { ...doc, events: [...events, ...findStatements(doc)] };
}

/**
 * The next sentence about an event of the same type usually tells more of the same event
 * ("two soldiers were killed … They died when their truck rolled"), unless it happened elsewhere.
 */
function isElaboration(earlier: EventDraft, later: EventDraft): boolean {
  // A story about a vote is about one vote: its later sentences tell more of the same election.
  const isNext = later.sentenceIndex - earlier.sentenceIndex <= 1 || (earlier.type === 'ELECTION' && (earlier.date === later.date || later.date === null));
  const isElsewhere = earlier.placeKey !== null && later.placeKey !== null && earlier.placeKey !== later.placeKey;
  // OTHER gathers unlike happenings (a takeover, then a resignation): the same one only with a shared participant.
  const isUnlike = earlier.type === 'OTHER' && !later.participantKeys.some((key) => earlier.participantKeys.includes(key));
  return isNext && !isElsewhere && !isUnlike;
}

/** What a later mention of an event adds to it: more participants, a place or date it lacked. */
function mergeInto(event: EventDraft, later: EventDraft): EventDraft {
  return {
    ...event,
    participantKeys: [...new Set([...event.participantKeys, ...later.participantKeys])].filter((k) => k !== (event.placeKey ?? later.placeKey)),
    placeKey: event.placeKey ?? later.placeKey,
    date: event.date ?? later.date,
  };
}

function clausesOf(text: string, base: number): { start: number; end: number }[] {
  const clauses: { start: number; end: number }[] = [];
  let start = 0;
  for (const match of text.matchAll(CLAUSE_BREAK)) {
    clauses.push({ start: base + start, end: base + match.index });
    start = match.index + match[0].length;
  }
  clauses.push({ start: base + start, end: base + text.length });
  return clauses;
}

/**
 * One event per type and clause. A death in the clause of an attack is that attack's toll, and
 * OTHER is only for clauses no typed trigger explains ("the assault was launched", "evacuated as floods swept").
 */
function firstOfEachType(triggers: readonly Trigger[]): Trigger[] {
  const hasAttack = triggers.some((t) => t.type === 'ATTACK');
  const hasTyped = triggers.some((t) => t.type !== 'OTHER');
  return triggers.filter((t, i) => triggers.findIndex((u) => u.type === t.type) === i
    && !(hasAttack && t.type === 'DEATH') && !(hasTyped && t.type === 'OTHER'));
}

function eventAt(doc: RoledDoc, trigger: Trigger, mentions: readonly EntityMention[], clause: { start: number; end: number }, sentenceIndex: number): EventDraft | null {
  const located = mentions.filter((m) => m.entity.type === 'PLACE' && isLocation(doc.text, m, trigger));
  // "evacuated from Valencia": a place left from is the place only when no other is given.
  const places = located.length > 0 ? located
    : mentions.filter((m) => m.entity.type === 'PLACE' && FROM_BEFORE.test(doc.text.slice(Math.max(0, m.start - 20), m.start)));
  const place = places.find((m) => m.start > trigger.end) ?? places.at(-1) ?? null;
  // "a Russian drone attack", "a Russian missile struck": a nationality right before the
  // trigger names who acted, standing for its country when the article names that country.
  const lead = NEAR_WORDS_BEFORE.exec(doc.text.slice(Math.max(clause.start, trigger.start - 60), trigger.start))?.[0] ?? '';
  const countries = [...lead.matchAll(CAPITALISED_WORD)]
    .map((word) => countryOfDemonym(doc, word[0])).filter((country) => country !== null);
  const participantKeys = [...new Set([
    ...mentions.filter((m) => !places.includes(m)).map((m) => m.entity.key), ...countries.map((c) => c.key),
  ])].filter((key) => key !== place?.entity.key);
  if (participantKeys.length === 0 && place === null) return null;
  return {
    type: trigger.type,
    trigger: trigger.text,
    participantKeys,
    placeKey: place?.entity.key ?? null,
    date: dateIn(doc.text.slice(clause.start, clause.end), trigger.start - clause.start, doc.article.publishedAt),
    start: trigger.start,
    end: trigger.end,
    sentenceIndex,
  };
}

function isLocation(text: string, mention: EntityMention, trigger: Trigger): boolean {
  // "in Russia's Oryol region": the owner only narrows down the place that follows it.
  if (POSSESSIVE_AFTER.test(text.slice(mention.end, mention.end + 3))) return false;
  const before = text.slice(Math.max(0, mention.start - 60), mention.start).replace(POSSESSIVE_OWNER, '');
  if (LOCATIVE_BEFORE.test(before)) return true;
  return mention.start > trigger.end && DIRECT_OBJECT.test(text.slice(trigger.end, mention.start));
}

function isSameEvent(a: EventDraft, b: EventDraft): boolean {
  return a.type === b.type && a.placeKey === b.placeKey
    && a.participantKeys.length === b.participantKeys.length && a.participantKeys.every((k) => b.participantKeys.includes(k));
}

