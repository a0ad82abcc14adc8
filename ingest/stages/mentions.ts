import type { EntityType } from '../../src/domain/entity';
import type { MentionDraft, MentionedDoc, SentencedDoc } from '../doc';
import { chunkNames, type DocWords } from './names/chunk-names';
import { nameKey } from './names/name-key';
import type { NameChunk } from './names/refine-chunk';
import { tokenize, type Token } from './names/tokenize';
import { scoreChunk, type TypeScores } from './names/type-evidence';

interface ScoredChunk {
  readonly chunk: NameChunk;
  readonly scores: TypeScores;
  readonly key: string;
}

const TYPES: readonly EntityType[] = ['PERSON', 'ORGANIZATION', 'PLACE'];
// A surname alone is the person named in full elsewhere in the article ("Umierov" after
// "Rustem Umierov"); a first word alone is the organisation or place it begins ("Dong" after
// "Dong Energy"). These weights let that evidence outvote weak cues but not a country list.
const SURNAME_WEIGHT = 8;
const FIRST_WORD_WEIGHT = 4;

/** Finds the names of people, organisations and places, each typed from all the article's evidence. */
export function findMentions(doc: SentencedDoc): MentionedDoc {
  const tokensBySentence = doc.sentences.map((sentence) => tokenize(sentence.text, sentence.start));
  const words = collectDocWords(tokensBySentence);
  const scored: ScoredChunk[] = [];
  tokensBySentence.forEach((tokens, sentenceIndex) => {
    for (const chunk of chunkNames(tokens, sentenceIndex, words)) {
      const scores = scoreChunk(chunk, tokens);
      if (scores) scored.push({ chunk, scores, key: nameKey(chunkText(doc.text, chunk)) });
    }
  });
  const typeOfKey = decideTypes(scored);
  const mentions: MentionDraft[] = scored.map(({ chunk, key }) => ({
    start: chunk.tokens[0]!.start,
    end: chunk.tokens[chunk.tokens.length - 1]!.end,
    text: chunkText(doc.text, chunk),
    sentenceIndex: chunk.sentenceIndex,
    type: typeOfKey.get(key)!,
  }));
  return { ...doc, mentions };
}

function chunkText(text: string, chunk: NameChunk): string {
  return text.slice(chunk.tokens[0]!.start, chunk.tokens[chunk.tokens.length - 1]!.end);
}

/** One type per name for the whole article: the sum of every occurrence's evidence. */
function decideTypes(scored: readonly ScoredChunk[]): Map<string, EntityType> {
  const totals = new Map<string, Record<EntityType, number>>();
  for (const { key, scores } of scored) {
    const total = totals.get(key) ?? { PERSON: 0, ORGANIZATION: 0, PLACE: 0 };
    for (const type of TYPES) total[type] += scores[type];
    totals.set(key, total);
  }
  const leading = new Map([...totals].map(([key, total]) => [key, argmax(total)]));
  for (const { chunk, key } of scored) {
    if (chunk.tokens.length < 2) continue;
    const type = leading.get(key)!;
    const word = type === 'PERSON' ? chunk.tokens[chunk.tokens.length - 1]! : chunk.tokens[0]!;
    const single = totals.get(nameKey(word.text));
    if (single) single[type] += type === 'PERSON' ? SURNAME_WEIGHT : FIRST_WORD_WEIGHT;
  }
  return new Map([...totals].map(([key, total]) => [key, argmax(total)]));
}

function argmax(scores: Readonly<Record<EntityType, number>>): EntityType {
  return TYPES.reduce((best, type) => (scores[type] > scores[best] ? type : best));
}

function collectDocWords(tokensBySentence: readonly (readonly Token[])[]): DocWords {
  const lowercase = new Set<string>();
  const midCapitalised = new Set<string>();
  for (const tokens of tokensBySentence) {
    tokens.forEach((token, i) => {
      if (!token.isWord) return;
      if (/^\p{Ll}/u.test(token.text)) lowercase.add(token.text);
      else if (i > 0 && tokens[i - 1]!.isWord) midCapitalised.add(token.text);
    });
  }
  return { lowercase, midCapitalised };
}
