import type { EntityDraft, QuotedDoc, QuoteDraft, ResolvedDoc } from '../doc';
import { listEntityMentions, sentenceIndexAt, type EntityMention } from './entity-mentions';
import { findPersonTitles } from './person-titles';
import { findSpeaker, isSaidByUnnamed } from './quote-speakers';
import type { SpeakerContext } from './speaker-references';
import { findSpeakerInContext } from './unattributed-quotes';
import { findQuoteSpans, type QuoteSpan } from './quote-spans';

interface AttributedQuote {
  readonly spans: readonly QuoteSpan[];
  readonly speaker: EntityDraft | null;
  /** Every part of the utterance this quote belongs to: a quote split by "she said" is about what either part names. */
  readonly utterance: readonly QuoteSpan[];
  /** The attribution names nobody ("one woman yelled"), so no earlier speaker may be guessed. */
  readonly isSaidByUnnamed: boolean;
}

const WORD = /[\p{L}\p{N}]/u;
const SENTENCE_END = /[.!?…]["”’']?\s/;
const ENDS_SENTENCE = /[.!?…]\W*$/u;
const MINOR_WORDS = new Set(['of', 'the', 'and', 'a', 'an', 'in', 'on', 'for', 'to', 'at', 'with', 'or', 'by', 'from']);
/** Fewer words than this, and not a whole sentence, is a scare quote ("tangible progress"). */
const MIN_PARTIAL_QUOTE_WORDS = 4;
const MAX_ATTRIBUTION_CHARS = 200;

/** Adds the direct quotations of the article, each with its speaker when the text names one. */
export function findQuotes(doc: ResolvedDoc): QuotedDoc {
  const spans = findQuoteSpans(doc.text);
  const mentions = listEntityMentions(doc);
  const personTitles = findPersonTitles(doc);
  const context: SpeakerContext = { doc, mentions, titles: personTitles, spans };
  const attributed: AttributedQuote[] = [];
  for (const [i, span] of spans.entries()) {
    const postEnd = attributionEnd(doc.text, span, spans[i + 1]);
    const speaker = findSpeaker(context, span, clauseStart(doc, span.start), postEnd, attributed.at(-1)?.speaker ?? null);
    attributed.push({ spans: [span], utterance: [span], speaker, isSaidByUnnamed: speaker === null && isSaidByUnnamed(context, span, postEnd) });
  }
  const fallback = (span: QuoteSpan, previous: AttributedQuote | undefined) =>
    standsAlone(doc.text, span) ? findSpeakerInContext(context, span, previous?.spans.at(-1) ?? null, previous?.speaker ?? null) : null;
  const quotes = joinContinuations(doc.text, attributed, fallback)
    .filter((quote) => quote.speaker !== null && isReportable(quoteText(doc.text, quote)))
    .map((quote) => toDraft(doc, mentions, quote));
  return { ...doc, quotes, personTitles };
}

/** Where the clause around a quotation starts: its sentence or, if later, its paragraph. */
function clauseStart(doc: ResolvedDoc, at: number): number {
  const sentence = doc.sentences[sentenceIndexAt(doc, at)];
  return Math.max(sentence?.start ?? 0, doc.text.lastIndexOf('\n', at - 1) + 1);
}

function attributionEnd(text: string, span: QuoteSpan, next: QuoteSpan | undefined): number {
  const paragraphEnd = text.indexOf('\n', span.end);
  return Math.min(next?.start ?? text.length, paragraphEnd === -1 ? text.length : paragraphEnd, span.end + MAX_ATTRIBUTION_CHARS);
}

/**
 * A quotation that names no speaker continues the one before it when only an attribution
 * ("…," she said.) or a paragraph break stands between them, and takes its speaker. The two
 * parts are joined into one quote only when one of them is too short to be a quote by itself
 * ("The point is," she said, "that …"): parts that are quotes on their own stay apart, since
 * sources differ on whether such a pair is one quote or two, and a part is still found
 * inside a joined quote, while a joined quote matches neither of two separate ones.
 */
function joinContinuations(
  text: string,
  quotes: readonly AttributedQuote[],
  fallback: (span: QuoteSpan, previous: AttributedQuote | undefined) => EntityDraft | null,
): AttributedQuote[] {
  const joined: AttributedQuote[] = [];
  for (const quote of quotes) {
    const previous = joined.at(-1);
    const first = quote.spans[0]!;
    if (quote.speaker !== null || quote.isSaidByUnnamed) {
      joined.push(quote);
      continue;
    }
    if (previous === undefined || previous.speaker === null) {
      joined.push({ ...quote, speaker: fallback(first, previous) });
      continue;
    }
    const last = previous.spans.at(-1)!;
    const gap = text.slice(last.end, first.start);
    const afterAttribution = SENTENCE_END.exec(gap);
    const newlines = (gap.match(/\n\s*/g) ?? []).length;
    // Blank gap: the next paragraph goes on quoting. No sentence end: the same sentence goes on.
    const isContinuation = gap.trim() === '' ? newlines <= 1
      : afterAttribution === null ? newlines === 0
        : newlines <= 1 && gap.slice(afterAttribution.index + afterAttribution[0].length).trim() === '';
    if (!isContinuation) {
      joined.push({ ...quote, speaker: fallback(first, previous) });
    } else if (standsAlone(text, previous.spans[0]!) && standsAlone(text, first)
      && !(isReportable(quoteText(text, previous)) && isReportable(quoteText(text, quote)))) {
      const spans = [...previous.spans, ...quote.spans];
      joined[joined.length - 1] = { ...previous, spans, utterance: spans };
    } else {
      const utterance = [...previous.utterance, ...quote.spans];
      for (const [i, part] of joined.entries()) if (part.utterance === previous.utterance) joined[i] = { ...part, utterance };
      joined.push({ ...quote, speaker: previous.speaker, utterance });
    }
  }
  return joined;
}

/** Does the quotation open its sentence (or follow "X said:")? */
function standsAlone(text: string, span: QuoteSpan): boolean {
  const paragraphStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const before = text.slice(paragraphStart, span.start);
  const lastEnd = [...before.matchAll(new RegExp(SENTENCE_END.source, 'g'))].at(-1);
  const clause = lastEnd === undefined ? before : before.slice(lastEnd.index + lastEnd[0].length);
  return clause.trim() === '' || clause.trim().endsWith(':');
}

function quoteText(text: string, quote: AttributedQuote): string {
  return quote.spans.flatMap((span) => span.segments)
    .map((segment) => text.slice(segment.start, segment.end).replace(/\s+/g, ' ').trim())
    .filter((part) => part !== '')
    .join(' ')
    // In '"...," she said' the comma belongs to the reporting sentence, not to the speaker's words.
    .replace(/,$/, '');
}

/** A quote is a sentence or four words or more; scare quotes and titles of works are not. */
function isReportable(said: string): boolean {
  const words = said.split(/\s+/).filter((word) => WORD.test(word));
  const isSentence = words.length >= 2 && /^\p{Lu}/u.test(said) && ENDS_SENTENCE.test(said);
  if (words.length < MIN_PARTIAL_QUOTE_WORDS && !isSentence) return false;
  // American copy puts the sentence's full stop inside the marks (on CNBC's "Squawk on the
  // Street."), so a title keeps its capitals whatever punctuation it ends with.
  return !words.every((word) => MINOR_WORDS.has(word) || /^[\p{Lu}\p{N}]/u.test(word));
}

function toDraft(doc: ResolvedDoc, mentions: readonly EntityMention[], quote: AttributedQuote): QuoteDraft {
  const segments = quote.utterance.flatMap((span) => span.segments);
  const about: string[] = [];
  for (const mention of mentions) {
    const isInside = segments.some((segment) => segment.start <= mention.start && mention.end <= segment.end);
    if (isInside && mention.entity !== quote.speaker && !about.includes(mention.entity.key)) about.push(mention.entity.key);
  }
  const start = quote.spans[0]!.start;
  return {
    text: quoteText(doc.text, quote),
    start,
    end: quote.spans.at(-1)!.end,
    sentenceIndex: sentenceIndexAt(doc, start + 1),
    speakerKey: quote.speaker?.key ?? null,
    aboutKeys: about,
  };
}
