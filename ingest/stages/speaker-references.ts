// Turns the words that point at a speaker ("he", "the minister", "the union", "Queen") into an
// entity of the article, and the shared reading context of the quote stages.
import type { EntityDraft, PersonTitle, ResolvedDoc } from '../doc';
import type { EntityMention } from './entity-mentions';
import type { QuoteSpan } from './quote-spans';

/** What attribution reads: the doc, its entity mentions in text order, titles and every quotation. */
export interface SpeakerContext {
  readonly doc: ResolvedDoc;
  readonly mentions: readonly EntityMention[];
  readonly titles: readonly PersonTitle[];
  readonly spans: readonly QuoteSpan[];
}

/** Nouns that name an organisation generically: "the union said" speaks for the union in the text. */
const ORGANISATION_NOUNS = new Set(`union council company firm ministry department government agency
  authority police army military party group organisation organization committee commission court
  board bank club office service administration campaign charity institute university hospital
  school team federation association coalition alliance parliament regulator watchdog operator`.split(/\s+/));
const NEAR_CHARS = 1200;

/** he/she: the nearest person named before, outside quotations, whose gender does not clash. */
export function resolvePronoun(context: SpeakerContext, pronoun: string, at: number): EntityDraft | null {
  for (let i = context.mentions.length - 1; i >= 0; i -= 1) {
    const mention = context.mentions[i]!;
    if (mention.end > at) continue;
    if (at - mention.end > NEAR_CHARS) break;
    if (isInsideQuote(context, mention.start) || !canBeCalled(mention.entity, pronoun)) continue;
    return mention.entity;
  }
  return null;
}

/** Can "he", "she" or "it" refer to `entity`: a person of that gender (or of unknown gender), an organisation? */
export function canBeCalled(entity: EntityDraft, pronoun: string): boolean {
  const lower = pronoun.toLowerCase();
  if (entity.type !== (lower === 'it' ? 'ORGANIZATION' : 'PERSON')) return false;
  const gender = lower === 'he' ? 'male' : lower === 'she' ? 'female' : null;
  return gender === null || entity.gender === null || entity.gender === gender;
}

/** "the minister" → the person the text titled minister; "the union" → the union it named. */
export function resolveNoun(context: SpeakerContext, noun: string, at: number): EntityDraft | null {
  const lower = noun.toLowerCase();
  const holders = context.titles.filter((t) => t.title.toLowerCase().split(/\s+/).includes(lower));
  const holder = holders.filter((t) => t.start < at).at(-1) ?? holders[0];
  if (holder !== undefined) return holder.person;
  const before = context.mentions.filter((m) => m.end <= at && m.entity.type === 'ORGANIZATION');
  const named = before.filter((m) => [m.entity.name, ...m.entity.aliases]
    .some((name) => name.toLowerCase().split(/\s+/).includes(lower)));
  const found = named.at(-1) ?? (ORGANISATION_NOUNS.has(lower) ? before.filter((m) => at - m.end <= NEAR_CHARS).at(-1) : undefined);
  return found?.entity ?? null;
}

/** A surname the mention finder did not mark ("Queen said"): the person whose name ends with it. */
export function personBySurname(context: SpeakerContext, word: string): EntityDraft | null {
  const lower = word.toLowerCase();
  return context.doc.entities.find((e) => e.type === 'PERSON'
    && [e.name, ...e.aliases].some((name) => name.toLowerCase().split(/\s+/).at(-1) === lower)) ?? null;
}


export function isInsideQuote(context: SpeakerContext, at: number): boolean {
  return context.spans.some((span) => span.start < at && at < span.end);
}

/** The text from `start` to `end` with quoted words blanked, so a verb inside a quote is not an attribution. */
export function maskQuotes(context: SpeakerContext, start: number, end: number): string {
  let text = context.doc.text.slice(start, end);
  for (const span of context.spans) {
    if (span.end <= start || span.start >= end) continue;
    const from = Math.max(span.start, start) - start;
    const to = Math.min(span.end, end) - start;
    text = text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
  }
  return text;
}
