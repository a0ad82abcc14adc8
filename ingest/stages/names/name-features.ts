import type { EntityType } from '../../../src/domain/entity';
import type { DocWords } from './chunk-names';
import { ORGANIZATION_HEADS, PLACE_HEADS, PLACE_PREPOSITIONS, SPEECH_VERBS } from './cue-words';
import type { ScoredChunk } from './decide-types';
import { isEnglishWord } from './english-words';
import { isCommonWord, isKnownOrganization, isKnownSurname, isListedGivenName, isListedSurnameOnly, placeKindOf } from './gazetteer';
import { isHeadWord } from './evidence-weights';
import { wordOf } from './sentence-context';
import type { Token } from './tokenize';

/**
 * What the article shows about one name key, as numbers a learned model can weigh: the rule
 * typer's verdict and its evidence totals, the name's shape, what the word lists know of it and
 * the company it keeps across all its occurrences. Every feature is a 0/1 flag, a share of the
 * occurrences or a squashed count, so no one of them swamps the others.
 */
export const NAME_FEATURES = [
  'bias',
  'rule:PERSON', 'rule:ORGANIZATION', 'rule:PLACE',
  'score:PERSON', 'score:ORGANIZATION', 'score:PLACE', 'no evidence',
  'one word', 'two words', 'three words or more',
  'occurrences', 'all capitals', 'acronym word', 'digit', 'hyphen or ampersand',
  'every word in dictionary', 'some word in dictionary', 'some common word', 'some word seen lowercase',
  'first word given name', 'last word surname', 'last word surname only',
  'listed place', 'listed country', 'listed organisation', 'organisation head last', 'place head last',
  'organisation head inside', 'place head inside', 'connector inside', 'some plural word', 'inner capital',
  'capitalised mid-sentence', 'share in headlines', 'share at sentence start', 'share after the',
  'share after place preposition', 'share before speech verb', 'some possessive', 'share with title',
  'some lowercase tail noun', 'sport story', 'part of a longer name', 'holds a shorter name', 'in first sentence',
] as const;

/** What a name key can turn out to be: one of the entity types, or no entity at all. */
export const NAME_LABELS = ['NONE', 'PERSON', 'ORGANIZATION', 'PLACE'] as const;
export type NameLabel = (typeof NAME_LABELS)[number];

/** A softmax regression over NAME_FEATURES: one row of weights per label. */
export interface NameTyperWeights {
  /** NAME_FEATURES as they were at training, then HASHED_KINDS × `buckets` word features. */
  readonly features: readonly string[];
  readonly buckets: number;
  readonly labels: readonly NameLabel[];
  readonly weights: readonly (readonly number[])[];
}

export interface NameCandidate {
  readonly key: string;
  /** The name as first written. */
  readonly surface: string;
  readonly ruleType: EntityType;
  /** The non-zero features as (index, value) pairs: NAME_FEATURES first, then hashed words. */
  readonly features: readonly SparseFeature[];
}

export type SparseFeature = readonly [index: number, value: number];

/**
 * Words a name is made of and keeps company with, each hashed into one of `WORD_BUCKETS` slots
 * per kind, so the model can learn that "Project …" or "… Initiative" or "album …" names no one,
 * without a word list in the code.
 */
export const HASHED_KINDS = ['name word', 'last word', 'word before', 'word after', 'word ending'] as const;
export const WORD_BUCKETS = 256;
/** Length of a row of weights: the described features, then every kind's word slots. */
export const FEATURE_WIDTH = NAME_FEATURES.length + HASHED_KINDS.length * WORD_BUCKETS;

export interface NameFeatureContext {
  readonly tokensBySentence: readonly (readonly Token[])[];
  readonly words: DocWords;
  readonly midSentence: ReadonlySet<string>;
}

const squash = (value: number): number => Math.sign(value) * Math.log1p(Math.abs(value)) / 3;
const TYPES: readonly EntityType[] = ['PERSON', 'ORGANIZATION', 'PLACE'];
const OPENERS = new Set(['"', '“', '‘', "'", '-', '—', '–', ':', '(']);

/** One candidate per key the rule typer kept, in first-occurrence order. */
export function describeNames(scored: readonly ScoredChunk[], ruleTypes: ReadonlyMap<string, EntityType>, context: NameFeatureContext): NameCandidate[] {
  const byKey = new Map<string, ScoredChunk[]>();
  for (const chunk of scored) {
    if (!ruleTypes.has(chunk.key)) continue;
    const occurrences = byKey.get(chunk.key);
    if (occurrences) occurrences.push(chunk);
    else byKey.set(chunk.key, [chunk]);
  }
  const keys = [...byKey.keys()];
  return keys.map((key) => {
    const occurrences = byKey.get(key)!;
    const surfaceWords = occurrences[0]!.chunk.tokens.map((token) => token.text);
    return {
      key,
      surface: surfaceWords.join(' '),
      ruleType: ruleTypes.get(key)!,
      features: [
        ...featuresOf(key, surfaceWords, occurrences, ruleTypes.get(key)!, keys, context).map((value, index) => [index, value] as const).filter(([, value]) => value !== 0),
        ...hashedWords(surfaceWords, occurrences, context),
      ],
    };
  });
}

function featuresOf(key: string, words: readonly string[], occurrences: readonly ScoredChunk[], ruleType: EntityType, keys: readonly string[], context: NameFeatureContext): number[] {
  const flag = (value: boolean): number => (value ? 1 : 0);
  const share = (test: (chunk: ScoredChunk, tokens: readonly Token[]) => boolean): number =>
    occurrences.filter((occurrence) => test(occurrence, context.tokensBySentence[occurrence.chunk.sentenceIndex]!)).length / occurrences.length;
  const totals = TYPES.map((type) => occurrences.reduce((sum, { scores }) => sum + scores[type], 0));
  const surface = words.join(' ');
  const last = words[words.length - 1]!;
  const place = placeKindOf(surface);
  const padded = ` ${key} `;
  const values: Record<(typeof NAME_FEATURES)[number], number> = {
    'bias': 1,
    'rule:PERSON': flag(ruleType === 'PERSON'),
    'rule:ORGANIZATION': flag(ruleType === 'ORGANIZATION'),
    'rule:PLACE': flag(ruleType === 'PLACE'),
    'score:PERSON': squash(totals[0]!),
    'score:ORGANIZATION': squash(totals[1]!),
    'score:PLACE': squash(totals[2]!),
    'no evidence': flag(Math.max(...totals) <= 0),
    'one word': flag(words.length === 1),
    'two words': flag(words.length === 2),
    'three words or more': flag(words.length > 2),
    'occurrences': squash(occurrences.length),
    'all capitals': flag(/^[\p{Lu}\p{N}&.\- ]+$/u.test(surface) && /\p{Lu}{2}/u.test(surface)),
    'acronym word': flag(words.some((word) => /^\p{Lu}{2,}$/u.test(word))),
    'digit': flag(/\p{N}/u.test(surface)),
    'hyphen or ampersand': flag(/[-&]/.test(surface)),
    'every word in dictionary': flag(words.every((word) => isEnglishWord(word))),
    'some word in dictionary': flag(words.some((word) => isEnglishWord(word))),
    'some common word': flag(words.some((word) => isCommonWord(word))),
    'some word seen lowercase': flag(words.some((word) => context.words.lowercase.has(word.toLowerCase()))),
    'first word given name': flag(isListedGivenName(words[0]!)),
    'last word surname': flag(isKnownSurname(last)),
    'last word surname only': flag(isListedSurnameOnly(last)),
    'listed place': flag(place !== null),
    'listed country': flag(place === 'country'),
    'listed organisation': flag(isKnownOrganization(surface)),
    'organisation head last': flag(isHeadWord(last.toLowerCase(), ORGANIZATION_HEADS)),
    'place head last': flag(isHeadWord(last.toLowerCase(), PLACE_HEADS)),
    'organisation head inside': flag(words.slice(0, -1).some((word) => isHeadWord(word.toLowerCase(), ORGANIZATION_HEADS))),
    'place head inside': flag(words.slice(0, -1).some((word) => isHeadWord(word.toLowerCase(), PLACE_HEADS))),
    'connector inside': flag(words.some((word) => /^(?:of|for|and|the|de|&)$/i.test(word))),
    'some plural word': flag(words.some((word) => /\p{Ll}s$/u.test(word) && !/ss$/.test(word))),
    'inner capital': flag(words.some((word) => /\p{Ll}\p{Lu}/u.test(word))),
    'capitalised mid-sentence': flag(context.midSentence.has(key)),
    'share in headlines': share(({ chunk }) => context.words.headlines.has(chunk.sentenceIndex)),
    'share at sentence start': share(({ chunk }, tokens) => chunk.first === 0 || OPENERS.has(tokens[chunk.first - 1]!.text)),
    'share after the': share(({ chunk }, tokens) => wordOf(tokens[chunk.first - 1]) === 'the'),
    'share after place preposition': share(({ chunk }, tokens) => PLACE_PREPOSITIONS.has(wordOf(tokens[chunk.first - 1])) || wordOf(tokens[chunk.first - 1]) === 'at'),
    'share before speech verb': share(({ chunk }, tokens) => SPEECH_VERBS.has(wordOf(tokens[chunk.last + 1]))),
    'some possessive': flag(occurrences.some(({ chunk }) => chunk.tokens[chunk.tokens.length - 1]!.isPossessive)),
    'share with title': share(({ chunk }) => chunk.titles.length > 0),
    'some lowercase tail noun': flag(occurrences.some(({ chunk }) => chunk.tailType !== null)),
    'sport story': flag(context.words.isSportStory),
    'part of a longer name': flag(keys.some((other) => other !== key && ` ${other} `.includes(padded))),
    'holds a shorter name': flag(keys.some((other) => other !== key && padded.includes(` ${other} `))),
    'in first sentence': flag(occurrences.some(({ chunk }) => chunk.sentenceIndex === 0)),
  };
  return NAME_FEATURES.map((name) => values[name]);
}

/** Hashed word features: each word of the name and its last word once, the words around it as shares of its occurrences. */
function hashedWords(words: readonly string[], occurrences: readonly ScoredChunk[], context: NameFeatureContext): SparseFeature[] {
  const values = new Map<number, number>();
  const add = (kind: number, word: string, value: number): void => {
    if (word === '') return;
    const index = NAME_FEATURES.length + kind * WORD_BUCKETS + (wordHash(word.toLowerCase()) % WORD_BUCKETS);
    values.set(index, (values.get(index) ?? 0) + value);
  };
  for (const word of new Set(words)) {
    add(0, word, 1);
    // "-ski", "-ova", "-burg", "-tech": endings say something of names no list holds.
    if (word.length > 4) add(4, word.slice(-3), 1);
  }
  add(1, words[words.length - 1]!, 1);
  for (const { chunk } of occurrences) {
    const tokens = context.tokensBySentence[chunk.sentenceIndex]!;
    add(2, wordOf(tokens[chunk.first - 1]), 1 / occurrences.length);
    add(3, wordOf(tokens[chunk.last + 1]), 1 / occurrences.length);
  }
  return [...values];
}

/** FNV-1a: a fixed, fast string hash, so the trained weights mean the same on every machine. */
function wordHash(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i += 1) {
    hash ^= word.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
