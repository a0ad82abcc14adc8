import type { AnnotatedDoc, EventDraft, RoledDoc } from '../doc';
import { listEntityMentions, type EntityMention } from './entity-mentions';
import { dateIn } from './event-dates';
import { findTriggers, type Trigger } from './event-triggers';
import { findStatements } from './statements';

/** Clauses joined by these carry separate events ("pledged aid, as officials met in Rome"). */
const CLAUSE_BREAK = /;|,\s+(?:as|while|but|after|before|when|although|though|despite|whereas)\s+|\s+[—–]\s+/gi;
/** A place is where something happened when a locative preposition introduces it. */
const LOCATIVE_BEFORE = /\b(?:in|at|near|to|into|outside|off|across|over|around|inside|on)\s+(?:the\s+)?(?:(?:town|city|village|region|province|state|county|district|capital|port) of\s+)?$/i;
const DIRECT_OBJECT = /^\s+(?:the\s+)?$/;

/** Adds the events the article reports: typed by trigger words, plus one STATEMENT per speaker. */
export function findEvents(doc: RoledDoc): AnnotatedDoc {
  const mentions = listEntityMentions(doc).filter((m) => !isQuoted(doc, m.start));
  const triggered: EventDraft[] = [];
  for (const sentence of doc.sentences) {
    for (const clause of clausesOf(sentence.text, sentence.start)) {
      const triggers = findTriggers(doc.text.slice(clause.start, clause.end))
        .map((t) => ({ ...t, start: t.start + clause.start, end: t.end + clause.start }))
        .filter((t) => !isQuoted(doc, t.start));
      const inClause = mentions.filter((m) => m.start >= clause.start && m.end <= clause.end);
      for (const trigger of firstOfEachType(triggers)) {
        const event = eventAt(doc, trigger, inClause, clause, sentence.index);
        if (event !== null && !triggered.some((e) => isSameEvent(e, event))) triggered.push(event);
      }
    }
  }
  return { ...doc, events: [...triggered, ...findStatements(doc)] };
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

/** One event per type and clause; a death in the clause of an attack is that attack's toll. */
function firstOfEachType(triggers: readonly Trigger[]): Trigger[] {
  const hasAttack = triggers.some((t) => t.type === 'ATTACK');
  return triggers.filter((t, i) => triggers.findIndex((u) => u.type === t.type) === i && !(hasAttack && t.type === 'DEATH'));
}

function eventAt(doc: RoledDoc, trigger: Trigger, mentions: readonly EntityMention[], clause: { start: number; end: number }, sentenceIndex: number): EventDraft | null {
  const places = mentions.filter((m) => m.entity.type === 'PLACE' && isLocation(doc.text, m, trigger));
  const place = places.find((m) => m.start > trigger.end) ?? places.at(-1) ?? null;
  const participantKeys = [...new Set(mentions.filter((m) => !places.includes(m)).map((m) => m.entity.key))]
    .filter((key) => key !== place?.entity.key);
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
  const before = text.slice(Math.max(0, mention.start - 40), mention.start);
  if (LOCATIVE_BEFORE.test(before)) return true;
  return mention.start > trigger.end && DIRECT_OBJECT.test(text.slice(trigger.end, mention.start));
}

function isSameEvent(a: EventDraft, b: EventDraft): boolean {
  return a.type === b.type && a.placeKey === b.placeKey
    && a.participantKeys.length === b.participantKeys.length && a.participantKeys.every((k) => b.participantKeys.includes(k));
}

function isQuoted(doc: RoledDoc, at: number): boolean {
  return doc.quotes.some((quote) => quote.start <= at && at < quote.end);
}
