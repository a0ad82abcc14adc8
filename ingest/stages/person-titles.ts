// Finds the title a text gives a named person: before the name ("Ukraine's Defence Minister
// Rustem Umierov"), in an apposition after it ("Kateryna Arisoi, head of Pluriton") or after a
// copula ("Richard Bingley has been elected the new leader of Plymouth City Council").
// The quotes stage finds them once ("the minister said" → who holds that title) and carries them
// on the doc for roles (which reports them) and statements.
import type { EntityDraft, PersonTitle, ResolvedDoc } from '../doc';
import { titlesAfter } from './apposition-titles';
import { listEntityMentions, type EntityMention } from './entity-mentions';
import { countryOfDemonym, isDemonymWord } from './demonyms';
import {
  IS_CAPITALISED, IS_WORD, MAX_TITLE_WORDS, POSSESSIVE, mentionCovering, type SentenceContext, type Token,
} from './title-context';
import { HONORIFICS } from './names/cue-words';
import { isNonNounWord } from './names/gazetteer';
import {
  QUALIFIER_WORDS, RANK_WORDS, TAKES_GENERAL_WORDS, TITLE_BOUNDARY_WORDS, isTitleHead,
} from './title-words';

const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}.\-]*[\p{L}\p{N}])?|['’]s\b|[^\s\p{L}\p{N}]/gu;
const WINDOW_BEFORE_CHARS = 120;
const WINDOW_AFTER_CHARS = 200;
const VERB_LIKE = /(?:ed|ing)$/;

/** Every (person, title) the text states, in text order, one per mention. */
export function findPersonTitles(doc: ResolvedDoc): PersonTitle[] {
  const bySentence = new Map<number, EntityMention[]>();
  for (const mention of listEntityMentions(doc)) {
    bySentence.set(mention.sentenceIndex, [...(bySentence.get(mention.sentenceIndex) ?? []), mention]);
  }
  const found: PersonTitle[] = [];
  for (const [sentenceIndex, inSentence] of bySentence) {
    const sentence = doc.sentences[sentenceIndex];
    if (sentence === undefined) continue;
    for (const mention of inSentence) {
      if (mention.entity.type !== 'PERSON') continue;
      // Titles sit next to the name, so only a window around it is tokenised.
      const from = Math.max(sentence.start, mention.start - WINDOW_BEFORE_CHARS);
      const to = Math.min(sentence.end, mention.end + WINDOW_AFTER_CHARS);
      const tokens = [...doc.text.slice(from, to).matchAll(TOKEN)].map((m) => ({
        text: m[0], start: from + m.index, end: from + m.index + m[0].length,
      }));
      const context = { doc, tokens, mentions: inSentence, sentenceIndex };
      found.push(...titlesBefore(context, mention));
      found.push(...titlesAfter(context, mention));
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The title right before the name, and those listed before it with "and": "Luminous Co-Founder
 * and CEO Marcus Gomez" holds both, and an owner stated for the first holds for the rest.
 */
function titlesBefore(context: SentenceContext, name: EntityMention): PersonTitle[] {
  const { tokens } = context;
  const titles: PersonTitle[] = [];
  let title = titleBefore(context, name, tokens.findIndex((t) => t.start >= name.start) - 1);
  while (title !== null) {
    titles.push(title);
    const first = tokens.findIndex((t) => t.start === title!.start);
    title = tokens[first - 1]?.text === 'and' && isTitleHead(tokens[first - 2]?.text ?? '') ? titleBefore(context, name, first - 2) : null;
  }
  const owner = titles.at(-1)?.organization ?? null;
  return titles.map((found) => (found.organization === null && owner !== null ? { ...found, organization: owner, isOwnerStated: true } : found));
}

/** The title whose last word is `tokens[j]` (or stands before a comma there), held by `name`. */
function titleBefore(context: SentenceContext, name: EntityMention, j: number): PersonTitle | null {
  const { tokens } = context;
  if (j < 0) return null;
  while (j >= 0 && HONORIFICS.has(tokens[j]!.text.toLowerCase().replace(/\.$/, ''))) j -= 1;
  if (tokens[j]?.text === ',') {
    j -= 1; // "Regional officer, Brian Troake said"
    const ofPhrase = titleWithOfPhrase(context, j, name);
    if (ofPhrase !== null) return ofPhrase;
  }
  const head = tokens[j];
  if (head !== undefined && !isTitleHead(head.text) && IS_CAPITALISED.test(head.text)) {
    return titleWithOfPhrase(context, j, name); // "Secretary of State Antony Blinken"
  }
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
    // "Zelenskyy met Admiral Radakin": a lowercase verb or other word that is never a noun ends the title.
    if (!isLexicon && !IS_CAPITALISED.test(token.text) && (VERB_LIKE.test(lower) || isNonNounWord(lower))) break;
    first = k;
  }
  while (first < j && ['of', 'for'].includes(tokens[first]!.text.toLowerCase())) first += 1;
  const left = tokens[first - 1];
  const organization = left === undefined ? null : organizationLeftOf(context, left, first - 1);
  const isOwnerStated = left !== undefined && (POSSESSIVE.test(left.text) || organization !== null);
  let words = tokens.slice(first, j + 1).map((t) => t.text);
  // "British Prime Minister": the nationality names the owner, not the position.
  const isDemonym = words.length > 1 && isDemonymWord(words[0]!);
  const country = isDemonym ? countryOfDemonym(context.doc, words[0]!) : null;
  if (isDemonym) words = words.slice(1);
  return {
    person: name.entity,
    title: withoutTrailingRanks(words).join(' '),
    organization: organization ?? country,
    isOwnerStated: isOwnerStated || country !== null,
    start: tokens[first]!.start,
    end: name.end,
    sentenceIndex: context.sentenceIndex,
  };
}

/**
 * "Minister of Information and National Orientation, Mohammed Idris": a head, "of" or "for",
 * then capitalised words up to the comma before the name. Names inside belong to the title.
 */
function titleWithOfPhrase(context: SentenceContext, last: number, name: EntityMention): PersonTitle | null {
  const { tokens } = context;
  for (let k = last - 1; k >= 1 && last - k <= MAX_TITLE_WORDS; k -= 1) {
    const word = tokens[k]!.text.toLowerCase();
    if (word !== 'of' && word !== 'for') continue;
    const head = tokens[k - 1]!;
    const object = tokens.slice(k + 1, last + 1);
    const isNamePhrase = object.every((t) => IS_CAPITALISED.test(t.text) || ['and', 'the', '&'].includes(t.text.toLowerCase()));
    if (!isTitleHead(head.text) || !isNamePhrase) return null;
    const owner = context.mentions.find((m) => m.start >= tokens[k + 1]!.start && m.end <= tokens[last]!.end && m.entity.type === 'ORGANIZATION');
    return {
      person: name.entity,
      title: tokens.slice(k - 1, last + 1).map((t) => t.text).join(' '),
      organization: owner?.entity ?? null,
      isOwnerStated: true,
      start: head.start,
      end: name.end,
      sentenceIndex: context.sentenceIndex,
    };
  }
  return null;
}

/** "Ukraine's Defence Minister", "Labour leader": the owner of a title stands just left of it. */
function organizationLeftOf(context: SentenceContext, token: Token, index: number): EntityDraft | null {
  const owner = POSSESSIVE.test(token.text) ? context.tokens[index - 1] : token;
  if (owner === undefined) return null;
  const mention = mentionCovering(context, owner);
  return mention !== null && mention.entity.type !== 'PERSON' ? mention.entity : null;
}

/** A rank after a position only says how senior its holder is: keep the position (but "Attorney General" is one title). */
function withoutTrailingRanks(words: readonly string[]): string[] {
  let end = words.length;
  const isOwnGeneral = (at: number) => words[at]!.toLowerCase() === 'general' && at > 0 && TAKES_GENERAL_WORDS.has(words[at - 1]!.toLowerCase());
  while (end > 0 && RANK_WORDS.has(words[end - 1]!.toLowerCase()) && !isOwnGeneral(end - 1)) end -= 1;
  const hasPosition = words.slice(0, end).some((w) => isTitleHead(w));
  return hasPosition ? words.slice(0, end) : [...words];
}
