// STATEMENT events: one per entity that speaks on the record in the article, whether quoted
// or reported ("the French General Staff confirmed that…"), dated by the first statement that says when.
import type { EntityDraft, EventDraft, RoledDoc } from '../doc';
import { listEntityMentions } from './entity-mentions';
import { dateIn } from './event-dates';
import { findVerbSubject } from './quote-speakers';
import type { SpeakerContext } from './speaker-references';
import { findQuoteSpans } from './quote-spans';
import { STATEMENT_VERB } from './speech-verbs';

interface Occurrence {
  readonly speaker: EntityDraft;
  readonly start: number;
  readonly end: number;
  readonly sentenceIndex: number;
  readonly trigger: string;
  readonly date: string | null;
}

export function findStatements(doc: RoledDoc): EventDraft[] {
  const context: SpeakerContext = {
    doc, mentions: listEntityMentions(doc), titles: doc.personTitles, spans: findQuoteSpans(doc.text),
  };
  const occurrences: Occurrence[] = [];
  for (const sentence of doc.sentences) {
    const outside = blankQuotes(doc, sentence.start, sentence.text);
    for (const verb of outside.matchAll(STATEMENT_VERB)) {
      const at = sentence.start + verb.index;
      const speaker = findVerbSubject(context, sentence.start, at, verb[0].length);
      // "Kyiv said" speaks for an organisation the text does not name; the place itself made no statement.
      if (speaker === null || speaker.type === 'PLACE') continue;
      const date = dateIn(outside, verb.index, doc.article.publishedAt);
      occurrences.push({ speaker, start: at, end: at + verb[0].length, sentenceIndex: sentence.index, trigger: verb[0], date });
    }
  }
  for (const quote of doc.quotes) {
    const speaker = doc.entities.find((e) => e.key === quote.speakerKey);
    if (speaker === undefined) continue;
    occurrences.push({ speaker, start: quote.start, end: quote.end, sentenceIndex: quote.sentenceIndex, trigger: 'quoted', date: null });
  }
  occurrences.sort((a, b) => a.start - b.start);
  const events: EventDraft[] = [];
  for (const first of occurrences) {
    if (events.some((e) => e.participantKeys[0] === first.speaker.key)) continue;
    const date = occurrences.find((o) => o.speaker === first.speaker && o.date !== null)?.date ?? null;
    events.push({
      type: 'STATEMENT', trigger: first.trigger, participantKeys: [first.speaker.key], placeKey: null,
      date, start: first.start, end: first.end, sentenceIndex: first.sentenceIndex,
    });
  }
  return events;
}

function blankQuotes(doc: RoledDoc, base: number, text: string): string {
  let out = text;
  for (const quote of doc.quotes) {
    const from = Math.max(quote.start, base) - base;
    const to = Math.min(quote.end, base + text.length) - base;
    if (from < to) out = out.slice(0, from) + ' '.repeat(to - from) + out.slice(to);
  }
  return out;
}
