// Who said a quotation: reads the words around it ("…," she said / X said: "…" / according to X)
// and turns a name, a pronoun or a title ("the minister") into an entity of the article.
import type { EntityDraft, ResolvedDoc } from '../doc';
import type { EntityMention } from './entity-mentions';
import type { PersonTitle } from './person-titles';
import type { QuoteSpan } from './quote-spans';
import { SPEECH_VERB } from './speech-verbs';

export interface SpeakerContext {
  readonly doc: ResolvedDoc;
  readonly mentions: readonly EntityMention[];
  readonly titles: readonly PersonTitle[];
  readonly spans: readonly QuoteSpan[];
}

const V = SPEECH_VERB.source;
const LEAD = String.raw`^[\s,.;:!?—–\-]*`;
const ADVERB = String.raw`(?:\p{L}+ly\s+|also\s+|later\s+|then\s+|has\s+|had\s+|have\s+)?`;
const POST_PRONOUN = new RegExp(`${LEAD}(he|she|it)\\s+${ADVERB}${V}`, 'iu');
const POST_VERB_FIRST = new RegExp(`${LEAD}(?:${V})\\s`, 'iu');
const POST_THE_NOUN = new RegExp(`${LEAD}the\\s+(?:[\\p{L}-]+\\s+){0,3}?([\\p{L}-]+)\\s+${ADVERB}${V}`, 'iu');
const POST_ACCORDING = new RegExp(`${LEAD}according to\\s`, 'iu');
const POST_NAME_PREFIX = /^[\s,.;:!?—–\-]*(?:(?:the|a|an)\s+)?(?:[\p{L}'’.-]+\s+){0,4}$/u;
const AFTER_NAME_VERB = new RegExp(String.raw`^(?:\s*,[^"“”]{0,120}?,)?\s+(?:[\p{L}]+\s+){0,2}?${V}`, 'iu');
// Between a subject and its verb: "of Innogy", ", which won the contract,", "has previously".
const GAP_BEFORE_VERB = /^(?:\s+(?:of|from|at|with|for)\s+[^,"“”]{1,60}?)?(?:\s*,[^"“”]{0,120}?,)?\s*(?:[\p{L}'’]+\s+){0,3}$/u;
const PREPOSITION_BEFORE = /\b(?:of|for|with|at|by|from|to|in|on|about|against|than)\s+(?:the\s+)?$/i;
const PRONOUN_BEFORE = /\b(he|she|it)\s+(?:\p{L}+\s+){0,2}$/iu;
const THE_NOUN_BEFORE = /\bthe\s+(?:[\p{L}-]+\s+){0,3}?([\p{L}-]+)\s+(?:\p{L}+\s+){0,2}$/iu;
const INTRO_FROM = /\b(?:quote|quotes|statement|message|words|comment|comments)\s+(?:from|by)\s+$/i;
const VERB_ANYWHERE = new RegExp(V, 'giu');
/** Nouns that name an organisation generically: "the union said" speaks for the union in the text. */
const ORGANISATION_NOUNS = new Set(`union council company firm ministry department government agency
  authority police army military party group organisation organization committee commission court
  board bank club office service administration campaign charity institute university hospital
  school team federation association coalition alliance parliament regulator watchdog operator`.split(/\s+/));
const SPEAKER_TYPES = new Set(['PERSON', 'ORGANIZATION', 'PLACE']);
const NEAR_CHARS = 1200;

/** The entity that said `span`, or null when the words around it name nobody. */
export function findSpeaker(context: SpeakerContext, span: QuoteSpan, preStart: number, postEnd: number): EntityDraft | null {
  const post = context.doc.text.slice(span.end, postEnd);
  return speakerAfter(context, span.end, post) ?? speakerBefore(context, preStart, span.start);
}

function speakerAfter(context: SpeakerContext, base: number, post: string): EntityDraft | null {
  const pronoun = POST_PRONOUN.exec(post);
  if (pronoun !== null) return resolvePronoun(context, pronoun[1]!, base);
  const verbFirst = POST_VERB_FIRST.exec(post) ?? POST_ACCORDING.exec(post);
  if (verbFirst !== null) {
    const from = base + verbFirst[0].length;
    const named = context.mentions.find((m) => m.start >= from && m.start <= from + 60 && isSpeakerType(m));
    const clause = post.slice(verbFirst[0].length).split(/[.;"“”]/, 1)[0] ?? '';
    if (named !== undefined && named.start - base <= verbFirst[0].length + clause.length) return named.entity;
    const noun = /^\s*the\s+(?:[\p{L}-]+\s+){0,3}?([\p{L}-]+)\b/iu.exec(clause);
    return noun === null ? null : resolveNoun(context, noun[1]!, base);
  }
  for (const mention of context.mentions) {
    if (mention.start < base) continue;
    if (mention.start >= base + post.length) break;
    if (!POST_NAME_PREFIX.test(context.doc.text.slice(base, mention.start))) break;
    if (isSpeakerType(mention) && AFTER_NAME_VERB.test(context.doc.text.slice(mention.end, mention.end + 160))) return mention.entity;
  }
  const theNoun = POST_THE_NOUN.exec(post);
  return theNoun === null ? null : resolveNoun(context, theNoun[1]!, base);
}

function speakerBefore(context: SpeakerContext, start: number, end: number): EntityDraft | null {
  const pre = maskQuotes(context, start, end);
  // "Quote from Umierov: …": the name follows its introduction.
  const introduced = context.mentions.find((m) => m.start >= start && m.end <= end && isSpeakerType(m)
    && INTRO_FROM.test(context.doc.text.slice(start, m.start)));
  if (introduced !== undefined) return introduced.entity;
  const verbs = [...pre.matchAll(VERB_ANYWHERE)];
  for (const verb of [...verbs].reverse()) {
    const subject = findVerbSubject(context, start, start + verb.index, verb[0].length);
    if (subject !== null) return subject;
  }
  if (ACCORDING.test(pre)) {
    const named = context.mentions.filter((m) => m.start >= start && m.end <= end && isSpeakerType(m)).at(-1);
    if (named !== undefined) return named.entity;
  }
  // A partial quotation with no speech verb ("the RSPB has expressed concern over a "…"")
  // belongs to the subject of its sentence.
  if (verbs.length === 0 && pre.trim() !== '') {
    const subject = context.mentions.find((m) => m.start >= start && m.end <= end && m.entity.type !== 'PLACE'
      && !PREPOSITION_BEFORE.test(context.doc.text.slice(Math.max(start, m.start - 12), m.start)));
    if (subject !== undefined) return subject.entity;
  }
  return null;
}
const ACCORDING = /\baccording to\s+\S/i;

/** Who does the speech verb at `verbAt` belong to: "X said", "X, head of Y, said", "said X", "he said". */
export function findVerbSubject(context: SpeakerContext, clauseStart: number, verbAt: number, verbLength: number): EntityDraft | null {
  const subject = subjectOf(context, clauseStart, verbAt, context.doc.text.slice(clauseStart, verbAt));
  if (subject !== null) return subject;
  const verbEnd = verbAt + verbLength;
  const after = context.mentions.find((m) => m.start >= verbEnd && m.start <= verbEnd + 2);
  return after !== undefined && isSpeakerType(after) ? after.entity : null;
}

function subjectOf(context: SpeakerContext, clauseStart: number, verbAt: number, before: string): EntityDraft | null {
  const candidates = context.mentions.filter((m) => m.start >= clauseStart && m.end <= verbAt && isSpeakerType(m));
  for (const mention of candidates.reverse()) {
    const gap = context.doc.text.slice(mention.end, verbAt).replace(/^['’]s\b/, '');
    if (!GAP_BEFORE_VERB.test(gap)) continue;
    if (PREPOSITION_BEFORE.test(context.doc.text.slice(Math.max(clauseStart, mention.start - 12), mention.start))) continue;
    return mention.entity;
  }
  const pronoun = PRONOUN_BEFORE.exec(before);
  if (pronoun !== null) return resolvePronoun(context, pronoun[1]!, clauseStart + pronoun.index);
  const noun = THE_NOUN_BEFORE.exec(before);
  return noun === null ? null : resolveNoun(context, noun[1]!, clauseStart + noun.index);
}

/** he/she: the nearest person named before, outside quotations, whose gender does not clash. */
function resolvePronoun(context: SpeakerContext, pronoun: string, at: number): EntityDraft | null {
  const lower = pronoun.toLowerCase();
  const wanted = lower === 'it' ? 'ORGANIZATION' : 'PERSON';
  const gender = lower === 'he' ? 'male' : lower === 'she' ? 'female' : null;
  for (let i = context.mentions.length - 1; i >= 0; i -= 1) {
    const mention = context.mentions[i]!;
    if (mention.end > at) continue;
    if (at - mention.end > NEAR_CHARS) break;
    if (mention.entity.type !== wanted || isInsideQuote(context, mention.start)) continue;
    if (gender !== null && mention.entity.gender !== null && mention.entity.gender !== gender) continue;
    return mention.entity;
  }
  return null;
}

/** "the minister" → the person the text titled minister; "the union" → the union it named. */
function resolveNoun(context: SpeakerContext, noun: string, at: number): EntityDraft | null {
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

const isSpeakerType = (mention: EntityMention) => SPEAKER_TYPES.has(mention.entity.type);

function isInsideQuote(context: SpeakerContext, at: number): boolean {
  return context.spans.some((span) => span.start < at && at < span.end);
}

/** The text from `start` to `end` with quoted words blanked, so a verb inside a quote is not an attribution. */
function maskQuotes(context: SpeakerContext, start: number, end: number): string {
  let text = context.doc.text.slice(start, end);
  for (const span of context.spans) {
    if (span.end <= start || span.start >= end) continue;
    const from = Math.max(span.start, start) - start;
    const to = Math.min(span.end, end) - start;
    text = text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
  }
  return text;
}
