import type { EntityType } from '../../../src/domain/entity';
import {
  COMPASS_WORDS, ORGANIZATION_HEADS, ORGANIZATION_NOUNS_AFTER, PLACE_HEADS, PLACE_NOUNS_AFTER,
  PLACE_PREPOSITIONS, PRODUCT_NOUNS_AFTER, SPEECH_VERBS, TITLE_HEADS,
} from './cue-words';
import { givenNameGender, isKnownOrganization, isKnownSurname, isPersonNoun, placeKindOf } from './gazetteer';
import type { NameChunk } from './refine-chunk';
import type { Token } from './tokenize';

export type TypeScores = Readonly<Record<EntityType, number>>;

// Weights: a cue that alone settles the type (a title, a head word, a country) outweighs any
// number of weak ones (a preposition, a speech verb); the document sums them per name.
const STRONG = 10;
const MEDIUM = 5;
const WEAK = 2;

const wordOf = (token: Token | undefined): string => (token?.isWord ? token.text.toLowerCase() : '');
const isHeadWord = (word: string, heads: ReadonlySet<string>): boolean => heads.has(word) || heads.has(word.replace(/s$/, ''));

/** Scores each type for one chunk from its own words and its context; null: not an entity at all. */
export function scoreChunk(chunk: NameChunk, tokens: readonly Token[]): TypeScores | null {
  const scores = { PERSON: 0, ORGANIZATION: 0, PLACE: 0 };
  const add = (type: EntityType, weight: number): void => { scores[type] += weight; };
  const names = chunk.tokens.map((token) => token.text);
  const name = names.join(' ');
  const lastWord = names[names.length - 1]!.toLowerCase();
  const next = wordOf(tokens[chunk.last + 1]);
  if (PRODUCT_NOUNS_AFTER.has(next) && !chunk.tailType) return null;
  // Codes ("COVID-19", "Kh-101") are names only as roads or sites ("the M4 motorway").
  if (names.length === 1 && /\p{N}/u.test(name) && !PLACE_NOUNS_AFTER.has(next) && next !== 'motorway') return null;
  if (chunk.isDateline) add('PLACE', STRONG);
  if (chunk.tailType) add(chunk.tailType, STRONG);
  if (chunk.titles.length > 0) add('PERSON', STRONG);
  scoreNameItself(name, names, lastWord, add);
  scoreContext(chunk, tokens, add);
  return scores;
}

function scoreNameItself(name: string, names: readonly string[], lastWord: string, add: (type: EntityType, weight: number) => void): void {
  const place = placeKindOf(name) ?? placeKindOf(name.replace(/\./g, ''));
  if (place === 'country' || place === 'continent') add('PLACE', STRONG);
  else if (place) add('PLACE', MEDIUM + 1);
  if (isKnownOrganization(name)) add('ORGANIZATION', STRONG);
  if (names.length > 1 && isHeadWord(lastWord, ORGANIZATION_HEADS)) add('ORGANIZATION', STRONG);
  if (names.length > 1 && isHeadWord(lastWord, PLACE_HEADS)) add('PLACE', STRONG);
  const firstWord = names[0]!.toLowerCase();
  const isCompassPlace = names.length > 1 && (COMPASS_WORDS.has(firstWord) || COMPASS_WORDS.has(lastWord));
  if (isCompassPlace) add('PLACE', MEDIUM);
  if (names.length > 1 && !isCompassPlace && givenNameGender(names[0]!) !== null) add('PERSON', MEDIUM + 2);
  if (names.length > 1 && isKnownSurname(names[names.length - 1]!)) add('PERSON', WEAK);
  // Acronyms are mostly organisations ("NATO", "RSPB"); countries among them were scored above.
  if (/^(?:\p{Lu}\.?){2,6}$/u.test(name)) add('ORGANIZATION', WEAK);
  add(names.length > 1 ? 'PERSON' : 'ORGANIZATION', 1);
}

function scoreContext(chunk: NameChunk, tokens: readonly Token[], add: (type: EntityType, weight: number) => void): void {
  const before = wordOf(tokens[chunk.first - 1]);
  const beforeSkippingComma = tokens[chunk.first - 1]?.text === ',' ? wordOf(tokens[chunk.first - 2]) : before;
  const next = wordOf(tokens[chunk.last + 1]);
  const isPossessive = chunk.tokens[chunk.tokens.length - 1]!.isPossessive;
  // "councillor Leigh Ingham", "Her father, Vyacheslav": a person noun right before a name.
  if (isPersonNoun(beforeSkippingComma) && !TITLE_HEADS.has(next)) add('PERSON', MEDIUM);
  if (TITLE_HEADS.has(before)) add('PERSON', MEDIUM);
  if (!isPossessive && SPEECH_VERBS.has(next)) add('PERSON', WEAK);
  if (!isPossessive && ORGANIZATION_NOUNS_AFTER.has(next)) add('ORGANIZATION', MEDIUM);
  if (!isPossessive && (PLACE_NOUNS_AFTER.has(next) || PLACE_NOUNS_AFTER.has(wordOf(tokens[chunk.last + 2])))) add('PLACE', MEDIUM);
  // "Conservative councillor Nick Kelly", "Labour leader": an affiliation before a person noun.
  if (!isPossessive && isPersonNoun(next) && chunk.tokens.length === 1) add('ORGANIZATION', WEAK + 1);
  if (PLACE_PREPOSITIONS.has(before)) add('PLACE', WEAK);
  // "the town of Bilopillia"; "head of Pluriton".
  if (before === 'of') {
    const governor = wordOf(tokens[chunk.first - 2]);
    if (PLACE_NOUNS_AFTER.has(governor)) add('PLACE', MEDIUM);
    else if (TITLE_HEADS.has(governor) || governor === 'head' || governor === 'member') add('ORGANIZATION', WEAK + 1);
  }
  scoreApposition(tokens, chunk.last + 1, add);
}

/** ", 37, a mother of eight", ", a non-governmental organization", ", a city in northern Ukraine". */
function scoreApposition(tokens: readonly Token[], at: number, add: (type: EntityType, weight: number) => void): void {
  if (tokens[at]?.text !== ',') return;
  let i = at + 1;
  if (/^\p{N}+$/u.test(tokens[i]?.text ?? '') && tokens[i + 1]?.text === ',') {
    add('PERSON', MEDIUM); // an age
    return;
  }
  if (!['a', 'an', 'the'].includes(wordOf(tokens[i]))) return;
  for (i += 1; i < at + 6 && tokens[i]?.isWord; i += 1) {
    const word = wordOf(tokens[i]);
    if (PLACE_NOUNS_AFTER.has(word) || word === 'capital') return add('PLACE', MEDIUM);
    if (isHeadWord(word, ORGANIZATION_HEADS) || ORGANIZATION_NOUNS_AFTER.has(word) || word === 'charity') return add('ORGANIZATION', MEDIUM);
    if (isPersonNoun(word)) return add('PERSON', MEDIUM);
  }
}
