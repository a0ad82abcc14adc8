// The speaker of a quotation that stands alone, with no attribution around it.
import type { EntityDraft } from '../doc';
import { findVerbSubject } from './quote-speakers';
import type { QuoteSpan } from './quote-spans';
import { isInsideQuote, maskQuotes, type SpeakerContext } from './speaker-references';
import { SPEECH_VERB } from './speech-verbs';

const VERB_ANYWHERE = new RegExp(SPEECH_VERB.source, 'giu');

/**
 * A quotation standing alone with no attribution: news copy names its speaker just before,
 * either as the subject of a speech verb in the previous paragraph ("X says the matter raises
 * questions.") or as the speaker of an earlier quote that nobody else has interrupted.
 */
export function findSpeakerInContext(
  context: SpeakerContext, span: QuoteSpan, previousSpan: QuoteSpan | null, previousSpeaker: EntityDraft | null,
): EntityDraft | null {
  const { text } = context.doc;
  const paragraphStart = text.lastIndexOf('\n', span.start - 1);
  const previousParagraphStart = paragraphStart <= 0 ? 0 : text.slice(0, paragraphStart).trimEnd().lastIndexOf('\n') + 1;
  const from = Math.max(previousParagraphStart, previousSpan?.end ?? 0);
  const before = maskQuotes(context, from, span.start);
  for (const verb of [...before.matchAll(VERB_ANYWHERE)].reverse()) {
    const clauseStart = from + Math.max(0, before.lastIndexOf('. ', verb.index) + 1);
    const subject = findVerbSubject(context, clauseStart, from + verb.index, verb[0].length);
    if (subject !== null && subject.type !== 'PLACE') return subject;
  }
  if (previousSpan === null || previousSpeaker === null) return subjectOfSentenceBefore(context, span);
  const between = context.mentions.filter((m) => m.start >= previousSpan.end && m.end <= span.start
    && m.entity.type === 'PERSON' && !isInsideQuote(context, m.start));
  const paragraphsBetween = (text.slice(previousSpan.end, span.start).match(/\n\s*/g) ?? []).length;
  return paragraphsBetween <= MAX_PARAGRAPHS_TO_PREVIOUS_SPEAKER && between.every((m) => m.entity === previousSpeaker)
    ? previousSpeaker : null;
}
const MAX_PARAGRAPHS_TO_PREVIOUS_SPEAKER = 4;

/** "Smith was defiant. "We will win."": a quote that follows a sentence in its paragraph is that sentence's subject's. */
function subjectOfSentenceBefore(context: SpeakerContext, span: QuoteSpan): EntityDraft | null {
  const { text } = context.doc;
  const paragraphStart = text.lastIndexOf('\n', span.start - 1) + 1;
  if (text.slice(paragraphStart, span.start).trim() === '') return null;
  const subject = context.mentions.find((m) => m.start >= paragraphStart && m.end <= span.start
    && m.entity.type === 'PERSON' && !isInsideQuote(context, m.start));
  return subject?.entity ?? null;
}

