import type { EntityType } from '../../../src/domain/entity';
import { COMPASS_WORDS, NAME_TAIL_NOUNS, ORGANIZATION_HEADS, PLACE_HEADS, TITLE_HEADS, TITLE_MODIFIERS } from './cue-words';
import { givenNameGender, isCommonWord, isDemonym, isKnownSurname, isPersonNoun, placeKindOf } from './gazetteer';
import { affiliationSplit, personAfterHead } from './affiliation-split';
import { isHead, lower } from './head-words';
import { joinedText, type Token } from './tokenize';

/** A candidate name in one sentence, with what surrounded it. */
export interface NameChunk {
  /** The name's own tokens: no title, no possessive, maybe a tail noun ("Moscow region"). */
  readonly tokens: readonly Token[];
  /** Title tokens cut from the front ("Defence Minister"): evidence of a person. */
  readonly titles: readonly Token[];
  readonly sentenceIndex: number;
  /** Indexes of the first and last name tokens in the sentence's tokens, for context cues. */
  readonly first: number;
  readonly last: number;
  /** Type implied by a lowercase tail noun that became part of the name. */
  readonly tailType: EntityType | null;
  readonly isDateline: boolean;
}

const PARTY_MEMBERS = new Set(['republican', 'republicans', 'democrat', 'democrats']);
const POST_NOMINALS = new Set(['QC', 'KC', 'SC', 'BL', 'MP', 'MSP', 'MLA', 'MEP', 'TD', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'PhD', 'MD']);

/** Turns the raw run `tokens[start..end]` into zero or more name chunks. */
export function refineRun(tokens: readonly Token[], start: number, end: number, sentenceIndex: number): NameChunk[] {
  let first = start;
  // "Russian Defense Ministry" and "French General Staff" are names; "Russian President X" is X;
  // "Saudi Arabia" is a country that starts with a demonym.
  const isKnownPlace = placeKindOf(joinedText(tokens.slice(first, end + 1))) !== null;
  // "Christian Eriksen", "Saudi Aramco": a demonym before one more name word that is no place,
  // head or title is the first word of that name.
  const last = tokens[end]!;
  const isPairName = end === first + 1 && placeKindOf(last.text) === null && !isHead(last, PLACE_HEADS) && !TITLE_HEADS.has(lower(last)) && !isDemonym(last.text);
  // "Canadian Journal of Earth Sciences", "Royal Ontario Museum": an organisation head before "of" keeps it too.
  const ofAt = tokens.slice(first, end + 1).findIndex((token) => token.text === 'of');
  const hasHead = isHead(tokens[end], ORGANIZATION_HEADS) || (ofAt > 0 && isHead(tokens[first + ofAt - 1], ORGANIZATION_HEADS));
  while (first < end && isDemonym(tokens[first]!.text) && !hasHead && !isKnownPlace && !isPairName) first += 1;
  // "Sri Lankan captain Dasun Shanaka", "South African President": a two-word demonym.
  if (first + 1 <= end && isDemonym(`${tokens[first]!.text} ${tokens[first + 1]!.text}`) && !isKnownPlace) {
    if (first + 1 === end) return [];
    first += 2;
  }
  if (first === end && isDemonym(tokens[first]!.text)) return [];
  // "Latin American countries", "North Korean leader": a run ending in a demonym before a
  // lowercase noun is an adjective, whatever words qualify it.
  if (isDemonym(last.text) && /^\p{Ll}/u.test(tokens[end + 1]?.text ?? '') && !isKnownPlace) return [];
  // "Gerald Butler QC", "Jo Cox MP": letters after a person's name are honours and posts, not the name.
  if (end > first && POST_NOMINALS.has(tokens[end]!.text)) return refineRun(tokens, first, end - 1, sentenceIndex);
  // "a Minnesota Republican", "Texas Democrats": a party's member named by the member's home is that place.
  if (end > first && PARTY_MEMBERS.has(lower(tokens[end]!)) && placeKindOf(joinedText(tokens.slice(first, end))) !== null) {
    return refineRun(tokens, first, end - 1, sentenceIndex);
  }
  // "(AP Photo/Rick Rycroft)": the credit's agency, not a body called "AP Photo".
  if (end > first && /^Photos?$/.test(tokens[end]!.text)) return refineRun(tokens, first, end - 1, sentenceIndex);
  // "Odinga Supporters", "Tesla Owners": a plural person noun ending a run is a group, not a name word.
  const lastWord = lower(tokens[end]!);
  // "House of Representatives" and "Latter Day Saints" keep theirs: a name joined by "of" ends in its own head.
  const isPlainRun = tokens.slice(first, end + 1).every((token) => /^\p{Lu}/u.test(token.text));
  if (isPlainRun && end > first && lastWord.endsWith('s') && isPersonNoun(lastWord) && !TITLE_HEADS.has(lastWord) && !isHead(tokens[end], ORGANIZATION_HEADS)) {
    return refineRun(tokens, first, end - 1, sentenceIndex);
  }
  const titleEnd = titleRunEnd(tokens, first, end);
  const titles = tokens.slice(first, titleEnd);
  if (titleEnd > end) return []; // a title alone ("the President") names no one
  if (titles.length === 0) {
    // "Pete Theisinger, Mars Science Laboratory Project Manager from": a run ending in a title
    // with no name after it is an affiliation and the title; only the affiliation names anything.
    const titleTail = trailingTitleStart(tokens, first, end);
    if (titleTail <= end) return titleTail > first ? refineRun(tokens, first, titleTail - 1, sentenceIndex) : [];
    const split = affiliationSplit(tokens, first, end);
    // "Commissioner Michael Martin": an affiliation made only of person nouns is a title.
    if (split > first && tokens.slice(first, split).every((token) => isPersonNoun(token.text))) {
      return [chunk(tokens, split, end, tokens.slice(first, split), sentenceIndex)];
    }
    // "NASA Administrator Charles Bolden": person nouns ending the affiliation are the title, with
    // the modifiers before them ("House Judiciary Ranking Member Jamie Raskin").
    let titleStart = split;
    while (titleStart > first + 1 && isPersonNoun(tokens[titleStart - 1]!.text)) titleStart -= 1;
    while (titleStart < split && titleStart > first + 1 && TITLE_MODIFIERS.has(lower(tokens[titleStart - 1]!))) titleStart -= 1;
    if (titleStart < split) {
      return [...refineRun(tokens, first, titleStart - 1, sentenceIndex), chunk(tokens, split, end, tokens.slice(titleStart, split), sentenceIndex)];
    }
    if (split > first) {
      // "County Comptroller Bob Antonacci": a bare head word before the title names nothing.
      const isBareHead = split === first + 1 && (isHead(tokens[first], ORGANIZATION_HEADS) || isHead(tokens[first], PLACE_HEADS));
      // "Assistant Texas Attorney General Eric Nichols": a modifier before the affiliation is the title's.
      let affiliationFirst = first;
      while (affiliationFirst < split - 1 && TITLE_MODIFIERS.has(lower(tokens[affiliationFirst]!))) affiliationFirst += 1;
      const affiliation = isBareHead ? [] : refineRun(tokens, affiliationFirst, split - 1, sentenceIndex);
      return [...affiliation, ...refineRun(tokens, split, end, sentenceIndex)];
    }
  }
  // "Leader of the Australian Labor Party Bill Shorten": the title's organisation, then its holder.
  const holder = titles.length > 0 ? personAfterHead(tokens, titleEnd, end) : titleEnd;
  if (holder > titleEnd) return [chunk(tokens, titleEnd, holder - 1, [], sentenceIndex), chunk(tokens, holder, end, titles, sentenceIndex)];
  const organization = titles.length === 0 ? organizationAfterTitle(tokens, first, end) : first;
  if (organization > first) return refineRun(tokens, organization, end, sentenceIndex);
  // "the South East underside": compass words alone give a direction, not a place.
  if (tokens.slice(titleEnd, end + 1).every((token) => COMPASS_WORDS.has(lower(token)))) return [];
  return [chunk(tokens, titleEnd, end, titles, sentenceIndex)];
}

function chunk(tokens: readonly Token[], first: number, last: number, titles: readonly Token[], sentenceIndex: number): NameChunk {
  const after = tokens[last + 1];
  const tail = after && !tokens[last]!.isPossessive && !tokens[last]!.hasModifierTail ? NAME_TAIL_NOUNS.get(after.text) : undefined;
  const end = tail ? last + 1 : last;
  return { tokens: tokens.slice(first, end + 1), titles, sentenceIndex, first, last: end, tailType: tail ?? null, isDateline: false };
}

/**
 * End (exclusive) of a leading title: title words with at least one head ("Defence Minister",
 * "Lieutenant General"), where a head may take "of" and one or two department words
 * ("Chief of Defence Staff", "Secretary of State"). Returns `first` when there is no title
 * or cutting it would leave an organisation ("State Department") or nothing.
 */
function titleRunEnd(tokens: readonly Token[], first: number, end: number): number {
  let i = first;
  let hasHead = false;
  while (i <= end) {
    const word = lower(tokens[i]!);
    // "state Attorneys General": a plural title names no one either.
    if (TITLE_HEADS.has(word) || (word.length > 4 && TITLE_HEADS.has(word.replace(/s$/, '')))) hasHead = true;
    else if (!TITLE_MODIFIERS.has(word)) {
      // "Chief Financial Officer", "Chief Technology Officer": a field word inside a title.
      const head = i > first ? headAfterFieldWords(tokens, i, end) : i;
      if (head > i) {
        i = head;
        continue;
      }
      if (!(hasHead && word === 'of')) break;
      i += tokens[i + 1]?.text === 'the' ? 2 : 1; // "of" and its department word
    }
    i += 1;
  }
  if (!hasHead) return first;
  if (i > end) return isHead(tokens[end], ORGANIZATION_HEADS) ? first : end + 1;
  const rest = tokens[end];
  return isHead(rest, ORGANIZATION_HEADS) || isHead(rest, PLACE_HEADS) ? first : i;
}

/** "CEO of Sony Music", "head of the Kremlin administration": the organisation after a title's "of". */
function organizationAfterTitle(tokens: readonly Token[], first: number, end: number): number {
  if (!TITLE_HEADS.has(lower(tokens[first]!))) return first;
  for (let i = first + 1; i < end; i += 1) {
    const word = lower(tokens[i]!);
    if (word === 'of') return tokens[i + 1]?.text === 'the' ? i + 2 : i + 1;
    if (!TITLE_HEADS.has(word) && !TITLE_MODIFIERS.has(word)) return first;
  }
  return first;
}

/** A capitalised dictionary word that is no place, given name or head: "Financial", "Project". */
function isFieldWord(token: Token): boolean {
  const word = lower(token);
  return /^\p{Lu}/u.test(token.text) && isCommonWord(token.text) && placeKindOf(token.text) === null && givenNameGender(token.text) === null &&
    !TITLE_HEADS.has(word) && !isHead(token, ORGANIZATION_HEADS) && !isHead(token, PLACE_HEADS);
}

/** Index of a title head after one or two field words from `i`, or `i` when there is none. */
function headAfterFieldWords(tokens: readonly Token[], i: number, end: number): number {
  let j = i;
  while (j <= end && j < i + 2 && isFieldWord(tokens[j]!)) j += 1;
  return j > i && j <= end && TITLE_HEADS.has(lower(tokens[j]!)) ? j : i;
}

/**
 * Start of a title ending the run with no name after it ("Project Manager"), or `end + 1`. A
 * plural ("Texas Rangers") is a team, and a surname that is also a noun ("Sam Smith") a person.
 */
function trailingTitleStart(tokens: readonly Token[], first: number, end: number): number {
  const last = tokens[end]!;
  const isTitle = isPersonNoun(last.text) && !lower(last).endsWith('s') && !isKnownSurname(last.text) && !isHead(last, ORGANIZATION_HEADS);
  // "Department of Justice", "Party for the People": a title word after a connector is the name's object.
  const isPlainRun = tokens.slice(first, end + 1).every((token) => /^\p{Lu}/u.test(token.text));
  if (end === first || !isTitle || !isPlainRun || givenNameGender(tokens[end - 1]!.text) !== null) return end + 1;
  let k = end;
  while (k > first && (isPersonNoun(tokens[k - 1]!.text) || TITLE_MODIFIERS.has(lower(tokens[k - 1]!)) || isFieldWord(tokens[k - 1]!))) k -= 1;
  return k;
}
