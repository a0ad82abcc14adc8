import type { EntityType } from '../../../src/domain/entity';
import { CIVIC_HEADS } from './cue-words';
import { isCommonWord, isListedGivenName, isNonNounWord, isPlainWord, placeKindOf } from './gazetteer';
import { nameKey } from './name-key';
import { isEnglishWord } from './english-words';
import type { NameChunk } from './refine-chunk';
import { joinedText } from './tokenize';
import type { TypeScores } from './type-evidence';

export interface ScoredChunk {
  readonly chunk: NameChunk;
  readonly scores: TypeScores;
  /** `nameKey` of the chunk's text: occurrences with one key get one type. */
  readonly key: string;
}

type Totals = Record<EntityType, number>;

// Ties go to the first type in this order.
const TYPES: readonly EntityType[] = ['PERSON', 'PLACE', 'ORGANIZATION'];
// A surname alone is the person named in full elsewhere ("Umierov" after "Rustem Umierov");
// the first word of a place or organisation name alone is that place or organisation ("Bryansk"
// after "Bryansk region", "Dong" after "Dong Energy"), except before a civic head, where it is
// the place the body serves ("Warrington" in "Warrington Council").
const SURNAME_WEIGHT = 8;
const FIRST_WORD_WEIGHT = 3;
const FIRST_NAME_WEIGHT = 5;
const NAME_START_WEIGHT = 10;
const CIVIC_PLACE_WEIGHT = 7;
const TAIL_PLACE_WEIGHT = 10;
// Below this total a lone adjective or verb ("Western", "Unite") is not taken for a name.
const LONE_WORD_MINIMUM = 3;
const CODE_PLACE_MINIMUM = 5;

/** One type per name key for the whole article; a key missing from the map is no entity. */
/**
 * `isSport`: the article reports a game, where a bare unknown name is most often a player.
 * `midSentence`: keys of names capitalised somewhere after another word of their sentence.
 */
export function decideTypes(scored: readonly ScoredChunk[], isSport: boolean, midSentence: ReadonlySet<string>): Map<string, EntityType> {
  const totals = new Map<string, Totals>();
  const surfaces = new Map<string, string>();
  for (const { key, scores, chunk } of scored) {
    if (!surfaces.has(key)) surfaces.set(key, joinedText(chunk.tokens));
    const total = totals.get(key) ?? { PERSON: 0, ORGANIZATION: 0, PLACE: 0 };
    for (const type of TYPES) total[type] += scores[type];
    totals.set(key, total);
  }
  // Organisation and place names first: "Thomson Reuters Corp" makes "Thomson Reuters" a company
  // before that name, typed a person by its shape, could lend "Reuters" to a person.
  let leading = leadingTypes(totals, surfaces, isSport);
  for (const { chunk, key } of scored) {
    const type = leading.get(key)!;
    if (chunk.tokens.length > 1 && type !== 'PERSON') lendToParts(chunk, type, totals);
  }
  leading = leadingTypes(totals, surfaces, isSport);
  const byEnds = namesByEnds(totals);
  for (const { chunk, key } of scored) {
    if (chunk.tokens.length > 1 && leading.get(key) === 'PERSON') lendToPersonParts(chunk.tokens.map((token) => token.text), totals, byEnds);
  }
  const types = new Map<string, EntityType>();
  for (const [key, total] of totals) {
    const best = Math.max(...TYPES.map((type) => total[type]));
    const isLoneWord = !key.includes(' ');
    if (isLoneWord && best < LONE_WORD_MINIMUM && isNonNounWord(key)) continue;
    // A lone dictionary word that nothing in the article marks as a name and that is only ever
    // capitalised where a line or sentence starts ("Award", "Country", "Father") is a word, not a
    // name; "on Telegram" mid-sentence is one.
    if (isLoneWord && best <= 0 && !midSentence.has(key) && !/^\p{Lu}{2,}/u.test(surfaces.get(key)!) && isEnglishWord(key)) continue;
    // Codes ("COVID-19", "Kh-101") are names only as roads or sites ("the M4 motorway").
    if (isLoneWord && /\p{N}/u.test(key) && total.PLACE < CODE_PLACE_MINIMUM) continue;
    types.set(key, typeOf(key, surfaces.get(key)!, total, isSport));
  }
  return types;
}

function typeOf(key: string, surface: string, total: Totals, isSport: boolean): EntityType {
  const best = TYPES.reduce((top, type) => (total[type] > total[top] ? type : top));
  return total[best] > 0 ? best : defaultType(key, surface, isSport);
}

/**
 * With no evidence at all, a run of uncommon capitalised words is most often a person's name, and
 * so is one such word ("Blinken", "Ruto", "Pedri" used alone, the full name never given). A word
 * with an acronym or a dictionary word in it is most often an organisation.
 */
function defaultType(key: string, surface: string, isSport: boolean): EntityType {
  const words = key.split(' ');
  const hasAcronym = /\b\p{Lu}{2,}\b/u.test(surface);
  // "Dick Costolo": a given name that is also a word still reads as a name; "Business Insider",
  // all dictionary words, does not.
  const isNameLike = (word: string): boolean => !isCommonWord(word) || isListedGivenName(word);
  const isUncommon = !hasAcronym && words.every(isNameLike) && !(words.length > 1 && words.every(isPlainWord));
  return isUncommon && (words.length > 1 || isSport) ? 'PERSON' : 'ORGANIZATION';
}

function leadingTypes(totals: ReadonlyMap<string, Totals>, surfaces: ReadonlyMap<string, string>, isSport: boolean): Map<string, EntityType> {
  return new Map([...totals].map(([key, total]) => [key, typeOf(key, surfaces.get(key)!, total, isSport)]));
}

/**
 * A person is called by every tail of the name ("Thani", "Al Thani", "López Obrador"), by the first
 * word when that is the family name ("Xi" of "Xi Jinping") or the name in use ("Prayuth" of
 * "Prayuth Chan-o-cha"), and by a middle word ("Lula" of "Luiz Inacio Lula da Silva").
 */
function lendToPersonParts(words: readonly string[], totals: Map<string, Totals>, byEnds: NamesByEnds): void {
  for (let k = 1; k < words.length; k += 1) {
    const tail = totals.get(nameKey(words.slice(k).join(' ')));
    if (tail) tail.PERSON += SURNAME_WEIGHT;
  }
  const first = totals.get(nameKey(words[0]!));
  if (first) first.PERSON += FIRST_NAME_WEIGHT;
  for (const middle of words.slice(1, -1)) {
    const alone = totals.get(nameKey(middle));
    if (alone) alone.PERSON += FIRST_NAME_WEIGHT;
  }
  // "Warren Steed Jeffs" after "Warren Jeffs": a longer name with the same first and last word.
  for (const longer of byEnds.get(`${nameKey(words[0]!)} ${nameKey(words[words.length - 1]!)}`) ?? []) {
    if (longer.size > words.length) longer.total.PERSON += SURNAME_WEIGHT;
  }
}

/** Totals of the names of three words or more, by their first and last word, looked up per person chunk. */
type NamesByEnds = ReadonlyMap<string, ReadonlyArray<{ readonly size: number; readonly total: Totals }>>;

function namesByEnds(totals: ReadonlyMap<string, Totals>): NamesByEnds {
  const index = new Map<string, Array<{ size: number; total: Totals }>>();
  for (const [key, total] of totals) {
    const words = key.split(' ');
    if (words.length < 3) continue;
    const ends = `${words[0]} ${words[words.length - 1]}`;
    index.set(ends, [...(index.get(ends) ?? []), { size: words.length, total }]);
  }
  return index;
}

/** The first word of a place or organisation name alone, and a longer start of it, name the same thing. */
function lendToParts(chunk: NameChunk, type: EntityType, totals: Map<string, Totals>): void {
  const words = chunk.tokens.map((token) => token.text);
  const part = totals.get(nameKey(words[0]!));
  if (part) {
    if (chunk.tailType === 'PLACE') part.PLACE += TAIL_PLACE_WEIGHT; // "Bryansk region" makes "Bryansk" a place
    else if (type === 'ORGANIZATION' && CIVIC_HEADS.has(words[words.length - 1]!.toLowerCase())) part.PLACE += CIVIC_PLACE_WEIGHT;
    else part[type] += FIRST_WORD_WEIGHT;
  }
  // "Johns Hopkins" of "Johns Hopkins University": a longer start of the name is the same thing,
  // unless it is a place of its own ("New York" of "New York Stock Exchange").
  for (let k = 2; k < words.length; k += 1) {
    const start = words.slice(0, k).join(' ');
    const startTotal = totals.get(nameKey(start));
    if (startTotal && placeKindOf(start) === null) startTotal[type] += NAME_START_WEIGHT;
  }
}
