import { givenNameGender, isClosedClassWord, isCommonWord, isKnownName, isListedGivenName, isListedSurnameOnly, isNonNounWord, isPersonNoun, placeKindOf } from './gazetteer';
import { CLUB_LETTERS, COMPANY_SUFFIXES, COMPASS_WORDS, NAME_CONNECTORS, NAME_PARTICLES, ORGANIZATION_HEADS, PLACE_HEADS, SPEECH_VERBS, TITLE_HEADS } from './cue-words';
import { lower } from './head-words';
import { datelineChunks } from './datelines';
import { isHeadlineWord, isTypingWord } from './headline-case';
import { refineRun, type NameChunk } from './refine-chunk';
import type { Token } from './tokenize';
import { isCapitalisedWord, isShouting } from './word-shape';
import { isHeadWord } from './evidence-weights';

/** What the whole article says about how words are written, for telling names from sentence starts. */
export interface DocWords {
  /** Words seen in lower case anywhere: "Background" is a name only if "background" never is. */
  readonly lowercase: ReadonlySet<string>;
  /** Words seen capitalised somewhere other than at a sentence start. */
  readonly midCapitalised: ReadonlySet<string>;
  /** Surnames of full names in the article ("Shorten" of "Bill Shorten"), though also dictionary words. */
  readonly surnames: ReadonlySet<string>;
  /** The article reports a game (see sport-register.ts): bare names are players and clubs there. */
  readonly isSportStory: boolean;
  /** Indexes of the sentences written in Title Case or capitals (see headline-case.ts), read once. */
  readonly headlines: ReadonlySet<number>;
}

const OPENERS = new Set(['"', '“', '‘', "'", '-', '—', '–', ':', ';']);
// A name continues over "of"/"for"/"and" only after a word that takes one: "Bank of England",
// "Gulf of Mexico", "North of England", "Chief of Army".
const OF_HEADS = new Set([...ORGANIZATION_HEADS, ...PLACE_HEADS, ...COMPASS_WORDS,
  'gulf', 'bay', 'republic', 'kingdom', 'states', 'emirates', 'house', 'cape']);

/** Candidate names in one sentence: maximal runs of capitalised words, cleaned of titles and demonyms. */
export function chunkNames(tokens: readonly Token[], sentenceIndex: number, words: DocWords): NameChunk[] {
  const chunks: NameChunk[] = [];
  const isHeadline = words.headlines.has(sentenceIndex);
  const dateline = datelineChunks(tokens, sentenceIndex);
  chunks.push(...dateline);
  let i = dateline.length > 0 ? dateline[dateline.length - 1]!.last + 1 : 0;
  while (i < tokens.length) {
    if (!startsName(tokens, i, words, isHeadline)) {
      i += 1;
      continue;
    }
    const end = runEnd(tokens, i, isHeadline);
    chunks.push(...refineRun(tokens, i, end, sentenceIndex));
    i = end + 1;
  }
  return chunks;
}

function startsName(tokens: readonly Token[], i: number, words: DocWords, isHeadline: boolean): boolean {
  const token = tokens[i];
  // "7th Brigade", "101st Airborne Division", "42nd Street"; but "his 17th Grand Slam" counts titles.
  if (token && /^\p{N}+(?:st|nd|rd|th)$/u.test(token.text)) {
    const head = tokens[runEnd(tokens, i + 1, isHeadline)]?.text.toLowerCase().replace(/s$/, '') ?? '';
    return isNameWord(tokens[i + 1], isHeadline) && (ORGANIZATION_HEADS.has(head) || PLACE_HEADS.has(head));
  }
  if (!isCapitalisedWord(token) || isShouting(token.text)) return false;
  // "the US insisted": a word in capitals is an acronym, not the pronoun, outside an all-caps headline.
  // "US, India to Discuss Trade": a Title Case headline writes the pronoun "Us", so "US" there is the country too.
  const isAcronym = /^\p{Lu}{2,}$/u.test(token.text);
  // "Jan Strzezek", "May Mabuza": a month that is also a given name, before a capitalised word, starts a name.
  const isGivenNameFirst = isListedGivenName(token.text) && isCapitalisedWord(tokens[i + 1]) && !isClosedClassWord(tokens[i + 1]!.text);
  if (isClosedClassWord(token.text) && !isGivenNameFirst && (!isAcronym || (isHeadline && isAllCaps(tokens)))) return false;
  const previous = tokens[i - 1];
  const isSentenceStart = previous === undefined || (OPENERS.has(previous.text) && !isClosingQuote(tokens, i - 1));
  const continues = runEnd(tokens, i, isHeadline) > i;
  // "the iPhone X.": a lone capital letter is a model or a label, not a name.
  if (/^\p{Lu}\.?$/u.test(token.text) && !continues) return false;
  // "(Reporting by": a common word after an opening bracket starts a phrase, like a sentence start.
  if (previous?.text === '(' && !continues && isCommonWord(token.text)) return false;
  // A line label ("Background:", "/ Source:") is a heading, not a name.
  // "(NASDAQ: GILD)" in brackets is an exchange and its ticker, no label.
  if (tokens[i + 1]?.text === ':' && previous?.text !== '(' && tokens.slice(0, i).every((t) => !t.isWord)) return false;
  if (!isSentenceStart && !isHeadline) return true;
  if (isAcronym && placeKindOf(token.text) === 'country') return true; // "US and Israeli negotiators"
  if (isTypingWord(token.text)) return continues || !isSentenceStart;
  const next = tokens[i + 1];
  // "Prosecutors said Jeffs": the plural of a person noun is as common as the noun.
  const isPersonPlural = token.text.endsWith('s') && isPersonNoun(token.text.slice(0, -1));
  const isCommon = isCommonWord(token.text) || words.lowercase.has(token.text.toLowerCase()) || isPersonPlural || (isHeadline && isHeadlineWord(token.text));
  // "Bill Shorten © AFP", "By Jason Tan": in capitalised lines a given name still starts a full name.
  if (isHeadline && isGivenNameBefore(token, next)) return true;
  // "Christian Lindner is a master of…": a given name that is also a word starts a sentence's name
  // when a surname no dictionary or gazetteer claims follows it.
  if (isGivenNameBefore(token, next) && isListedSurnameOnly(next!.text)) return true;
  // "Shorten accused Turnbull": a word the article uses as a full name's surname is that person.
  if (!continues && words.surnames.has(token.text) && /^\p{Ll}/u.test(next?.text ?? '')) return true;
  // "Conservative councillor Richard Bingley": an affiliation before a role and a name.
  if (!isCommon && isPersonNoun(next?.text ?? '') && /^\p{Ll}/u.test(next?.text ?? '') && isCapitalisedWord(tokens[i + 2])) return true;
  // "Local diversion routes", "Regional officer": a lone adjective opening a sentence.
  if (!continues && (isNonNounWord(token.text) || (ADJECTIVE_ENDING.test(token.text) && !isKnownName(token.text)))) return false;
  if (words.midCapitalised.has(token.text)) return true;
  if (isCommon) return false;
  if (continues) return true;
  // A lone capitalised word starting a sentence is a name only with support: a gazetteer knows
  // it, or what follows is what follows names ("Kovalenko added", "Husakova, 37,", "Ukraine's").
  // "Reuters & AFP": a word listed with a name by an ampersand is one too.
  const isListed = next?.text === '&' && isCapitalisedWord(tokens[i + 2]);
  return token.isPossessive || isApposed(tokens, i + 1) || SPEECH_VERBS.has(next?.text ?? '') || isKnownName(token.text) || isListed;
}

/** ", 37,", ", a mother of eight", ", who", ", Google's parent": an apposition after a comma at `comma`, not ", however,". */
function isApposed(tokens: readonly Token[], comma: number): boolean {
  if (tokens[comma]?.text !== ',') return false;
  const after = tokens[comma + 1]?.text ?? '';
  const isOwnerName = isCapitalisedWord(tokens[comma + 1]) && tokens[comma + 1]!.isPossessive; // ", Google's parent company"
  return /^\p{N}+$/u.test(after) || APPOSITION_OPENERS.has(after.toLowerCase()) || isPersonNoun(after) || isOwnerName;
}

/** Index of the last token of the name run that starts at `start`. */
function runEnd(tokens: readonly Token[], start: number, isHeadline: boolean): number {
  let end = start;
  for (;;) {
    const last = tokens[end];
    if (last === undefined || last.hasModifierTail) return end;
    const next = tokens[end + 1];
    if (last.isPossessive) {
      // "James’ Park": a bare apostrophe after an s is a token of its own.
      const apostrophe = next?.text === '’' || next?.text === "'" ? 1 : 0;
      // "St. Vincent’s University Hospital": a saint's possessive begins a longer name.
      const isSaint = /^St$/i.test(tokens[end - 1]?.text ?? '') && isCapitalisedWord(tokens[end + 1 + apostrophe]);
      if (!isSaint && !isPossessivePlaceName(last, tokens[end + 1 + apostrophe])) return end;
      end += 1 + apostrophe;
      continue;
    }
    if (isNameWord(next, isHeadline) || (isHeadline && isGivenNameBefore(last, next))) {
      end += 1;
      continue;
    }
    // "Space Launch Complex 41", "Terminal 5": a site numbered after its head word; but "the
    // North Sea 55 miles off": a number before a noun counts that noun; "2 STOKE CITY 0" is a score.
    const afterNumber = tokens[end + 2];
    const isCount = afterNumber !== undefined && /^\p{Ll}/u.test(afterNumber.text) && !isClosedClassWord(afterNumber.text);
    if (PLACE_HEADS.has(last.text.toLowerCase()) && /\p{Ll}/u.test(last.text) && /^\p{N}{1,3}\p{Lu}?$/u.test(tokens[end + 1]?.text ?? '') && !isCount) return end + 1;
    const joined = joinerLength(tokens, start, end);
    if (joined === 0) return end;
    end += joined;
  }
}

function isNameWord(token: Token | undefined, isHeadline: boolean): token is Token {
  if (!isCapitalisedWord(token) || isShouting(token.text)) return false;
  if (NAME_PARTICLES.has(token.text.toLowerCase())) return true; // "Kevin De Bruyne", "Ludwig Van Beethoven"
  if (isClosedClassWord(token.text)) return isNumberWord(token.text); // "Hornsea Project Two"
  return !isHeadline || isTypingWord(token.text) || !isHeadlineWord(token.text);
}

/** How many tokens after `end` a particle or connector joins to the run (0: none). */
function joinerLength(tokens: readonly Token[], start: number, end: number): number {
  const joiner = tokens[end + 1];
  // "Eli Lilly & Co.", "Johnson & Johnson".
  // but "Reuters & AFP" lists two: an acronym after it is a name of its own.
  if (joiner?.text === '&' && isCapitalisedWord(tokens[end + 2])) return /^\p{Lu}{2,}$/u.test(tokens[end + 2]!.text) && !isAllCaps(tokens.slice(start, end + 1)) ? 0 : 2;
  if (!joiner?.isWord) return 0;
  const word = joiner.text;
  if (NAME_PARTICLES.has(word)) {
    if (isCapitalisedWord(tokens[end + 2])) return 2;
    if (NAME_PARTICLES.has(tokens[end + 2]?.text ?? '') && isCapitalisedWord(tokens[end + 3])) return 3;
  }
  const runWords = tokens.slice(start, end + 1).map((token) => token.text.toLowerCase());
  // "University of North Carolina at Chapel Hill": a university names its campus with "at".
  if (word === 'at' && runWords[0] === 'university' && isNameWord(tokens[end + 2], false)) return 2;
  if (!NAME_CONNECTORS.has(word)) return 0;
  const afterThe = word !== 'and' && tokens[end + 2]?.text === 'the' ? 3 : 2;
  if (!isNameWord(tokens[end + afterThe], false)) return 0;
  // "the Cabinet of Indonesia's President": a possessive opens a new noun phrase, not the name's tail.
  if (tokens[end + afterThe]!.isPossessive) return 0;
  // "Health and Welfare Committee", "Ministry of Humanitarian Affairs": the words after the
  // connector end in an organisation head, so both sides are one name; but "the UK and
  // European Union" are two, as a known name on the left shows.
  // Nor does a person's name join the court after it ("Judge James Carr of the U.S. District Court").
  const left = tokens.slice(start, end + 1);
  const hasOfHead = runWords.some((w) => isHeadWord(w, OF_HEADS));
  // "the HSE and Government": an acronym is a whole name, so "and" lists two.
  const isLeftKnown = word === 'and' && left.some((token) => isKnownName(token.text) || /^\p{Lu}{2,}$/u.test(token.text));
  // "UK Chief of Defence Staff Admiral Sir Antony Radakin and …": a title inside the left side,
  // which ends in no head, makes it a titled person.
  const hasInnerTitle = left.slice(0, -1).some((token) => TITLE_HEADS.has(lower(token))) && !isHeadWord(lower(left.at(-1)!), ORGANIZATION_HEADS);
  // "Senjuti Saha of the Child Health Research Foundation": a given name of any locale's list
  // starting two words or more with no head word among them is a person too.
  const isLeftPerson = TITLE_HEADS.has(left[0]!.text.toLowerCase()) || hasInnerTitle || left.some((token) => givenNameGender(token.text) !== null) ||
    (left.length > 1 && isListedGivenName(left[0]!.text) && !hasOfHead);
  // "the Cleveland Museum of Natural History and Dr. David Evans": "and" before a title lists a person.
  if (word === 'and' && TITLE_HEADS.has(lower(tokens[end + 2]!))) return 0;
  // "Bengaluru FC and Mumbai City FC": a left side that ends in a club's or company's suffix is a
  // whole name ("Securities and Exchange Commission" is one).
  const leftEnd = lower(left.at(-1)!);
  if (word === 'and' && (CLUB_LETTERS.has(leftEnd) || COMPANY_SUFFIXES.has(leftEnd) || leftEnd === 'group')) return 0;
  // "the Berkwai Municipal Assembly and Nana Okyere Tawia Antwi": a left side already ending in its
  // head is a whole name, so "and" lists another, unless that one ends in a head too ("House and Senate Committee").
  if (word === 'and' && isHeadWord(leftEnd, ORGANIZATION_HEADS) && !isHeadedOrganization(tokens, end + 2)) return 0;
  if (!isLeftKnown && !isLeftPerson && isHeadedOrganization(tokens, end + afterThe)) return afterThe;
  // "Admiral Sir Antony Radakin and General Thierry Burkhard": "and" after a person lists another name.
  if (word === 'and' && hasInnerTitle) return 0;
  // A title takes "of" only right before it: "Chief of Army", not "Judge James Carr of"; a
  // common noun takes "of" and a country or city: "Voice of America", "Church of England".
  const lastWord = runWords[runWords.length - 1]!;
  // "Yue Yuan of China" is a player and her country.
  const isOfPlace = word === 'of' && afterThe === 2 && !isLeftPerson && runWords.length === 1 && isCommonWord(lastWord) && isKnownName(tokens[end + 2]!.text);
  const hasHead = hasOfHead || TITLE_HEADS.has(lastWord) || isOfPlace;
  if (!hasHead) return 0;
  // "and" joins two halves of one organisation ("Control and Prevention"), not two names.
  if (word === 'and' && !runWords.some((w) => ORGANIZATION_HEADS.has(w))) return 0;
  // "Panel on Climate Change": "on" gives a body's remit; a road or a person takes no "on".
  if (word === 'on' && !runWords.some((w) => isHeadWord(w, ORGANIZATION_HEADS))) return 0;
  return afterThe;
}

function isHeadedOrganization(tokens: readonly Token[], from: number): boolean {
  let i = from;
  while (!tokens[i]!.isPossessive && isNameWord(tokens[i + 1], false)) i += 1;
  return !tokens[i]!.isPossessive && ORGANIZATION_HEADS.has(tokens[i]!.text.toLowerCase());
}

/**
 * "St James’ Park", "Regent's Park": a possessive inside a place name, before a place head. A place
 * owning one ("Ukraine's Black Sea") stays two names.
 */
function isPossessivePlaceName(owner: Token, next: Token | undefined): boolean {
  return isCapitalisedWord(next) && PLACE_HEADS.has(next.text.toLowerCase()) && placeKindOf(owner.text) === null;
}

/** A straight quote glued to the word before it closes a quote (`calm," Harsh Vardhan said`). */
function isClosingQuote(tokens: readonly Token[], k: number): boolean {
  const mark = tokens[k]!;
  return (mark.text === '"' || mark.text === "'") && tokens[k - 1]?.end === mark.start;
}


const APPOSITION_OPENERS = new Set(['a', 'an', 'the', 'who', 'whose', 'which']);
const ADJECTIVE_ENDING = /(?:al|ic|ive|ous|ful|less|able|ible)$/;
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);

function isNumberWord(word: string): boolean {
  return NUMBER_WORDS.has(word.toLowerCase());
}

/** A given name before a capitalised word that no list calls a given name too ("Bill Shorten", not "Will Grace"). */
function isGivenNameBefore(token: Token, next: Token | undefined): boolean {
  return isListedGivenName(token.text) && isCapitalisedWord(next) && !isClosedClassWord(next.text) && givenNameGender(next.text) === null && !isTypingWord(next.text);
}

/** No word of `tokens` has a lowercase letter: a line or run in capitals. */
function isAllCaps(tokens: readonly Token[]): boolean {
  return tokens.every((token) => !token.isWord || !/\p{Ll}/u.test(token.text));
}
