import type { EntityType } from '../../src/domain/entity';
import type { MentionDraft, MentionedDoc, SentencedDoc } from '../doc';
import { chunkNames, type DocWords } from './names/chunk-names';
import { isClosedClassWord } from './names/gazetteer';
import { isHeadlineCase, isTypingWord } from './names/headline-case';
import { decideTypes, type ScoredChunk } from './names/decide-types';
import { nameKey } from './names/name-key';
import { isCorroborated, isCurrencyPrefix, needsCorroboration } from './names/corroboration';
import { scoreCoordinatedPlaces } from './names/coordination';
import { chromeSentences } from './names/page-chrome';
import { isSportStory } from './names/sport-register';
import type { NameChunk } from './names/refine-chunk';
import { tokenize, type Token } from './names/tokenize';
import { judgeChunk, type TypeScores } from './names/type-evidence';
import { describeNames, type NameCandidate, type NameTyperWeights } from './names/name-features';
import { TRAINED_NAME_TYPER } from './names/name-typer-weights';
import { typeNames } from './names/name-typer';

/**
 * Finds the names of people, organisations and places, each typed from all the article's evidence:
 * the rules propose and type names, then the learned `typer` keeps, retypes or drops each one.
 */
export function findMentions(doc: SentencedDoc, typer: NameTyperWeights = TRAINED_NAME_TYPER): MentionedDoc {
  const { named, candidates } = collectNames(doc);
  const typeOfKey = typeNames(candidates, typer);
  const mentions: MentionDraft[] = [];
  for (const { chunk, key } of named) {
    const type: EntityType | undefined = typeOfKey.get(key);
    if (type === undefined) continue;
    mentions.push({
      start: chunk.tokens[0]!.start,
      end: chunk.tokens[chunk.tokens.length - 1]!.end,
      text: chunkText(doc.text, chunk),
      sentenceIndex: chunk.sentenceIndex,
      type,
    });
  }
  return { ...doc, mentions };
}

/** The name keys the rules keep, each described for the learned typer: what `npm run train:typer` learns from. */
export function nameCandidatesOf(doc: SentencedDoc): NameCandidate[] {
  return collectNames(doc).candidates;
}

function collectNames(doc: SentencedDoc): { named: ScoredChunk[]; candidates: NameCandidate[] } {
  const tokensBySentence = doc.sentences.map((sentence) => tokenize(sentence.text, sentence.start));
  const words = collectDocWords(tokensBySentence);
  const scored: ScoredChunk[] = [];
  const neverNames = new Set<string>();
  const corroborated = new Set<string>();
  const chrome = chromeSentences(tokensBySentence);
  tokensBySentence.forEach((tokens, sentenceIndex) => {
    if (chrome.has(sentenceIndex)) return;
    const names: Array<Omit<ScoredChunk, 'scores'>> = [];
    const scores: TypeScores[] = [];
    for (const chunk of chunkNames(tokens, sentenceIndex, words)) {
      if (isCurrencyPrefix(chunk, tokens)) continue;
      const key = nameKey(chunkText(doc.text, chunk));
      if (!needsCorroboration(chunk, tokens) || isCorroborated(chunk, tokens)) corroborated.add(key);
      const verdict = judgeChunk(chunk, tokens, words.isSportStory);
      if (verdict.kind === 'name') {
        names.push({ chunk, key });
        scores.push(verdict.scores);
      } else if (verdict.kind === 'never-a-name') neverNames.add(key); // 'not-here' skips this occurrence only
    }
    const listed = scoreCoordinatedPlaces(names.map(({ chunk }) => chunk), scores, tokens);
    names.forEach((name, k) => scored.push({ ...name, scores: listed[k]! }));
  });
  // A name once used for a product or a law ("Kinzhal missiles") is that everywhere; a lone
  // word in capitals or on a label line is a name only if one of its uses says so.
  const named = scored.filter(({ key }) => !neverNames.has(key) && corroborated.has(key));
  const midSentence = new Set(named.filter(({ chunk }) => isAfterWord(tokensBySentence[chunk.sentenceIndex]![chunk.first - 1])).map(({ key }) => key));
  const ruleTypes = decideTypes(named, words.isSportStory, midSentence);
  return { named, candidates: describeNames(named, ruleTypes, { tokensBySentence, words, midSentence }) };
}

/** A word or a comma before a name: it is not where a line or sentence starts. */
function isAfterWord(previous: Token | undefined): boolean {
  return previous !== undefined && (previous.isWord || previous.text === ',');
}

function chunkText(text: string, chunk: NameChunk): string {
  return text.slice(chunk.tokens[0]!.start, chunk.tokens[chunk.tokens.length - 1]!.end);
}

function collectDocWords(tokensBySentence: readonly (readonly Token[])[]): DocWords {
  const lowercase = new Set<string>();
  const midCapitalised = new Set<string>();
  const surnames = new Set<string>();
  const headlines = new Set<number>();
  tokensBySentence.forEach((tokens, sentenceIndex) => {
    // A Title Case teaser line ("Modi Vows to Bring Black Money Back") capitalises every word,
    // so its capitals say nothing about which words are names elsewhere.
    if (isHeadlineCase(tokens)) {
      headlines.add(sentenceIndex);
      return;
    }
    tokens.forEach((token, i) => {
      if (!token.isWord) return;
      if (/^\p{Ll}/u.test(token.text)) lowercase.add(token.text);
      else if (i > 0 && tokens[i - 1]!.isWord) midCapitalised.add(token.text);
      if (i > 0 && isSecondNameWord(tokens[i - 1]!, token)) surnames.add(token.text);
    });
  });
  return { lowercase, midCapitalised, surnames, isSportStory: isSportStory(lowercase), headlines };
}

/** "Bill Shorten": the second of two capitalised words, neither a title nor a head word ("Labor Party"). */
function isSecondNameWord(previous: Token, token: Token): boolean {
  const isNameWord = (word: Token): boolean => /^\p{Lu}\p{Ll}/u.test(word.text) && !isTypingWord(word.text) && !isClosedClassWord(word.text);
  return isNameWord(previous) && isNameWord(token) && !previous.isPossessive;
}
