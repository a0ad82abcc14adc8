import { isClosedClassWord, isCommonWord, placeKindOf } from './gazetteer';
import { isEnglishWord } from './english-words';
import { STATE_ABBREVIATION_PATTERN } from './us-states';

/** One word, number or punctuation mark of a sentence, with offsets into the article text. */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly isWord: boolean;
  /** The word carried a possessive "'s" (or a bare "'" after an s), already cut from `text`. */
  readonly isPossessive: boolean;
  /** A hyphenated lowercase tail ("-backed", "-made") was cut from this word. */
  readonly hasModifierTail: boolean;
  /** That tail's last word ("based" of "Mountain View-based"), when one was cut. */
  readonly modifierTail?: string;
}

// Dotted acronyms first ("U.S." keeps its final period), then an abbreviated title or saint
// before a name ("Mr. Dutton", "Gen. Burr", "St. Louis": the token's text drops the period, its
// span keeps it, so a mention of "St. Louis" is cut from the text whole), then a middle initial before a name
// ("Lisa D. Cook") and company and name suffixes ("Inc.", "Jr."), which keep theirs too, as do US
// state abbreviations ("Pasadena, Calif.": the mention is "Calif.", the state), then
// words with inner apostrophes, hyphens and ampersands ("O'Brien", "Kremniy-EL", "AT&T"), then
// numbers, then any other mark.
const TOKEN = new RegExp(String.raw`(?:\p{Lu}\.){2,}|${STATE_ABBREVIATION_PATTERN}|(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Sgt|Cpl|Adm|Gov|Sen|Rep|Rev|Hon|Supt|Insp|Det|Cllr|Pres|St|Mt|Ft)\.(?=\s+\p{Lu})|\p{Lu}\.(?=\s+\p{Lu})|(?:Co|Inc|Corp|Ltd|Plc|Bros|Jr|Sr)\.(?![\p{L}])|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’\-&][\p{L}\p{M}\p{N}]+)*|\p{N}(?:[.,:]?\p{N})*\p{L}*|\S`, 'gu');

const GLUED_TO_NUMBER = /(?<=\p{N})\p{Lu}\p{Ll}/u;
const LOWER_THEN_UPPER = /(?<=\p{Ll}{3})\p{Lu}\p{Ll}+$/u;

/**
 * "Getty ImagesThis was": a caption run into the next sentence, found as a word glued to a function
 * word; "YouTube" or "DeSantis" end in no function word and stay whole.
 */
function gluedSentenceStart(raw: string): RegExpExecArray | null {
  const glued = LOWER_THEN_UPPER.exec(raw);
  return glued && isClosedClassWord(glued[0]) ? glued : null;
}

/** Splits `text` (starting at `offset` in the article) into tokens. */
export function tokenize(text: string, offset: number): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    const start = offset + match.index;
    // "GMT-0430Terry": a scraper glued a timestamp to the byline's name; the name is its own word.
    // "(R-Eureka)", "(D-Calif.)": a US party letter before a member's home is no part of its name.
    if (/^[RDI]-\p{Lu}\p{Ll}/u.test(raw)) {
      tokens.push(plainToken(raw.slice(0, 2), start, false), ...tokenize(raw.slice(2), start + 2));
      continue;
    }
    const pair = placePair(raw, text.slice(match.index + raw.length));
    if (pair) {
      const second = start + pair.length + 1;
      // The hyphen between them is a plain mark (U+2010), not the dash that opens a clause.
      tokens.push(plainToken(pair, start, true), plainToken('\u2010', second - 1, false), ...tokenize(raw.slice(pair.length + 1), second));
      continue;
    }
    const glued = GLUED_TO_NUMBER.exec(raw) ?? gluedSentenceStart(raw);
    if (glued && glued.index > 0) {
      tokens.push(...tokenize(raw.slice(0, glued.index), start), ...tokenize(raw.slice(glued.index), start + glued.index));
      continue;
    }
    if (/^\p{Lu}\p{Ll}+\.$/u.test(raw) && !/^(?:Co|Inc|Corp|Ltd|Plc|Bros|Jr|Sr)\.$/.test(raw)) {
      tokens.push({ ...plainToken(raw.slice(0, -1), start, true), end: start + raw.length });
      continue;
    }
    if (!/^[\p{L}\p{M}]/u.test(raw)) {
      tokens.push(plainToken(raw, start, false));
      continue;
    }
    tokens.push(wordToken(raw, start, text[match.index + raw.length], text[match.index + raw.length + 1]));
  }
  return tokens;
}

/**
 * "Azerbaijan-Armenia relations", "Japan-South Korea talks": two known places joined by a hyphen
 * before a lowercase word are two names; the first is returned. "Guinea-Bissau", a place of its
 * own, and "Korea-Japan Economic Association", inside a longer name, stay whole.
 */
function placePair(raw: string, after: string): string | null {
  const pair = /^(\p{Lu}[\p{L}\p{M}]+)-(\p{Lu}[\p{L}\p{M}]+)$/u.exec(raw);
  if (!pair || placeKindOf(raw) !== null || placeKindOf(pair[1]!) === null) return null;
  const [, first, second] = pair;
  const [, nextWord, wordAfterThat] = /^ ?(\S+)(?: (\S+))?/u.exec(after) ?? [];
  const isCapitalised = (word: string | undefined): boolean => word !== undefined && /^\p{Lu}/u.test(word);
  if (placeKindOf(second!) !== null && !isCapitalised(nextWord)) return first!;
  if (nextWord !== undefined && placeKindOf(`${second} ${nextWord}`) !== null && !isCapitalised(wordAfterThat)) return first!;
  return null;
}

/** The tokens' texts joined by single spaces: the name a run of words spells, for list lookups. */
export function joinedText(tokens: readonly Token[]): string {
  return tokens.map((token) => token.text).join(' ');
}

function plainToken(text: string, start: number, isWord: boolean): Token {
  return { text, start, end: start + text.length, isWord, isPossessive: false, hasModifierTail: false };
}

function wordToken(raw: string, start: number, next: string | undefined, afterNext: string | undefined): Token {
  let text = raw;
  let isPossessive = false;
  if (/['’][sS]$/.test(text) && text.length > 2) {
    text = text.slice(0, -2);
    isPossessive = true;
  } else if (/s$/.test(text) && (next === "'" || next === '’') && (afterNext === undefined || /\s/.test(afterNext))) {
    isPossessive = true; // "Reuters' report"
  }
  // "Russian-backed", "Kremlin-controlled": the name is only the capitalised head; but an
  // unknown lowercase tail is part of the name ("Prayuth Chan-o-cha").
  const tail = /^(\p{Lu}[\p{L}\p{M}.]*)-(\p{Ll}[\p{L}-]*)$/u.exec(text);
  const tailWord = tail?.[2]!.split('-').pop() ?? '';
  // A short dictionary word may be a syllable of a name ("Wang Jeng-tang", "Tsai Ing-wen").
  if (tail?.[1] && (isCommonWord(tailWord) || (tailWord.length >= 5 && isEnglishWord(tailWord)))) {
    return { ...plainToken(tail[1], start, true), hasModifierTail: true, modifierTail: tailWord };
  }
  return { ...plainToken(text, start, true), isPossessive };
}
