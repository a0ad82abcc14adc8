// Finds the title a text gives a named person: before the name ("Ukraine's Defence Minister
// Rustem Umierov"), in an apposition after it ("Kateryna Arisoi, head of Pluriton") or after a
// copula ("Richard Bingley has been elected the new leader of Plymouth City Council").
// Shared by roles (which reports them) and quotes ("the minister said" → who holds that title).
import type { EntityDraft, ResolvedDoc } from '../doc';
import { listEntityMentions, type EntityMention } from './entity-mentions';
import { countryOfDemonym } from './demonyms';
import {
  HONORIFICS, QUALIFIER_WORDS, RANK_WORDS, TITLE_BOUNDARY_WORDS, isTitleHead,
} from './title-words';

export interface PersonTitle {
  readonly person: EntityDraft;
  readonly title: string;
  readonly organization: EntityDraft | null;
  /** Span of title and name together. */
  readonly start: number;
  readonly end: number;
  readonly sentenceIndex: number;
}

interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}.\-]*(?<!\.)|['’]s\b|[^\s\p{L}\p{N}]/gu;
const POSSESSIVE = /^['’]s$/;
const IS_WORD = /^[\p{L}\p{N}]/u;
const IS_CAPITALISED = /^\p{Lu}/u;
const VERB_LIKE = /(?:ed|ing)$/;
const APPOSITION_END = new Set(['of', 'at', 'with', 'for', 'in', 'from', 'on', 'to']);
const COPULA = /^\s+(?:has been (?:elected|appointed|named|made)|was (?:elected|appointed|named|made)|became|has become|is now|is|was|will become)\s+/;
const MAX_TITLE_WORDS = 6;

/** Every (person, title) the text states, in text order, one per mention. */
export function findPersonTitles(doc: ResolvedDoc): PersonTitle[] {
  const mentions = listEntityMentions(doc);
  const found: PersonTitle[] = [];
  for (const sentence of doc.sentences) {
    const tokens = [...sentence.text.matchAll(TOKEN)].map((m) => ({
      text: m[0], start: sentence.start + m.index, end: sentence.start + m.index + m[0].length,
    }));
    const inSentence = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
    for (const mention of inSentence) {
      if (mention.entity.type !== 'PERSON') continue;
      const context = { doc, tokens, mentions: inSentence, sentenceIndex: sentence.index };
      const before = titleBefore(context, mention);
      if (before !== null) found.push(before);
      const after = titleAfter(context, mention);
      if (after !== null) found.push(after);
    }
  }
  return found;
}

interface SentenceContext {
  readonly doc: ResolvedDoc;
  readonly tokens: readonly Token[];
  readonly mentions: readonly EntityMention[];
  readonly sentenceIndex: number;
}

const mentionCovering = (context: SentenceContext, token: Token) =>
  context.mentions.find((m) => m.start <= token.start && token.end <= m.end) ?? null;

function titleBefore(context: SentenceContext, name: EntityMention): PersonTitle | null {
  const { tokens } = context;
  let j = tokens.findIndex((t) => t.start >= name.start) - 1;
  if (j < 0) return null;
  while (j >= 0 && HONORIFICS.has(tokens[j]!.text.toLowerCase().replace(/\.$/, ''))) j -= 1;
  if (tokens[j]?.text === ',') j -= 1; // "Regional officer, Brian Troake said"
  const head = tokens[j];
  if (head === undefined || !isTitleHead(head.text) || mentionCovering(context, head) !== null) return null;
  let first = j;
  for (let k = j - 1; k >= 0 && j - k < MAX_TITLE_WORDS; k -= 1) {
    const token = tokens[k]!;
    const lower = token.text.toLowerCase();
    if (!IS_WORD.test(token.text) || mentionCovering(context, token) !== null) break;
    if (lower === 'of' || lower === 'for') {
      // "Chief of Army", "Minister for Europe": the preposition belongs to the title only
      // when a title word stands before it.
      if (k > 0 && isTitleHead(tokens[k - 1]!.text)) continue;
      break;
    }
    if (TITLE_BOUNDARY_WORDS.has(lower)) break;
    const isLexicon = isTitleHead(lower) || QUALIFIER_WORDS.has(lower);
    if (!isLexicon && !IS_CAPITALISED.test(token.text) && VERB_LIKE.test(lower)) break;
    first = k;
  }
  while (first < j && ['of', 'for'].includes(tokens[first]!.text.toLowerCase())) first += 1;
  const left = tokens[first - 1];
  const organization = left === undefined ? null : organizationLeftOf(context, left, first - 1);
  let words = tokens.slice(first, j + 1).map((t) => t.text);
  const country = words.length > 1 ? countryOfDemonym(context.doc, words[0]!) : null;
  if (country !== null) words = words.slice(1);
  return {
    person: name.entity,
    title: withoutTrailingRanks(words).join(' '),
    organization: organization ?? country,
    start: tokens[first]!.start,
    end: name.end,
    sentenceIndex: context.sentenceIndex,
  };
}

/** "Ukraine's Defence Minister", "Labour leader": the owner of a title stands just left of it. */
function organizationLeftOf(context: SentenceContext, token: Token, index: number): EntityDraft | null {
  const owner = POSSESSIVE.test(token.text) ? context.tokens[index - 1] : token;
  if (owner === undefined) return null;
  const mention = mentionCovering(context, owner);
  return mention !== null && mention.entity.type !== 'PERSON' ? mention.entity : null;
}

/** A rank after a position only says how senior its holder is: keep the position. */
function withoutTrailingRanks(words: readonly string[]): string[] {
  let end = words.length;
  while (end > 0 && RANK_WORDS.has(words[end - 1]!.toLowerCase())) end -= 1;
  const hasPosition = words.slice(0, end).some((w) => isTitleHead(w));
  return hasPosition ? words.slice(0, end) : [...words];
}

function titleAfter(context: SentenceContext, name: EntityMention): PersonTitle | null {
  const { tokens, doc } = context;
  let i = tokens.findIndex((t) => t.start >= name.end);
  if (i < 0) return null;
  const copula = COPULA.exec(doc.text.slice(name.end, name.end + 40));
  if (copula !== null) {
    i = tokens.findIndex((t) => t.start >= name.end + copula[0].length);
  } else if (tokens[i]?.text === ',') {
    i += 1;
  } else {
    return null;
  }
  while (i >= 0 && ['a', 'an', 'the', 'new', 'its', 'their'].includes(tokens[i]?.text.toLowerCase() ?? '')) i += 1;
  const phrase: Token[] = [];
  for (; i >= 0 && i < tokens.length && phrase.length < MAX_TITLE_WORDS; i += 1) {
    const token = tokens[i]!;
    if (!IS_WORD.test(token.text) || APPOSITION_END.has(token.text.toLowerCase())) break;
    if (TITLE_BOUNDARY_WORDS.has(token.text.toLowerCase()) || mentionCovering(context, token) !== null) return null;
    phrase.push(token);
  }
  const head = phrase.at(-1);
  if (head === undefined || !isTitleHead(head.text)) return null;
  let end = head.end;
  let organization: EntityDraft | null = null;
  if (i >= 0 && APPOSITION_END.has(tokens[i]?.text.toLowerCase() ?? '')) {
    const rest = tokens.slice(i + 1, i + 14);
    const stop = rest.findIndex((t) => [',', '.', ';', '(', ')'].includes(t.text));
    const restEnd = (stop === -1 ? rest.at(-1) : rest[stop - 1])?.end ?? head.end;
    const owners = context.mentions.filter((m) => m.start > head.end && m.end <= restEnd && m.entity.type !== 'PERSON');
    organization = (owners.find((m) => m.entity.type === 'ORGANIZATION') ?? owners[0])?.entity ?? null;
    if (organization !== null) end = restEnd;
  }
  return {
    person: name.entity,
    title: phrase.map((t) => t.text).join(' '),
    organization,
    start: name.start,
    end,
    sentenceIndex: context.sentenceIndex,
  };
}
