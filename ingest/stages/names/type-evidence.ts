import type { EntityType } from '../../../src/domain/entity';
import {
  CIVIC_TITLES, CLUB_LETTERS, COMPANY_SUFFIXES, COMPASS_WORDS, ORGANIZATION_HEADS, ORGANIZATION_NOUNS_BEFORE, ORGANIZATION_NOUNS_AFTER, PLACE_HEADS, PLACE_NOUNS_AFTER,
  EVENT_HEADS, LAW_HEADS, PLACE_PREPOSITIONS, PUBLICATION_WORDS, SPEECH_VERBS, TITLE_HEADS, NAME_SUFFIXES, TEAM_ROLES,
} from './cue-words';
import { givenNameGender, isCommonWord, isKnownOrganization, isKnownSurname, isListedGivenName, isListedSurnameOnly, isPersonNoun, isPlainWord, placeKindOf, type PlaceKind } from './gazetteer';
import { scoreApposition, scoreBracketGloss } from './apposition-evidence';
import { lower } from './head-words';
import { isDatelineCredit } from './datelines';
import { DECISIVE, MEDIUM, STRONG, WEAK, isHeadWord } from './evidence-weights';
import { isNamedAfterPlace } from './named-after-place';
import type { NameChunk } from './refine-chunk';
import { isDefinedAbbreviation, isPortfolio, isProductName, isQuotedTitle, isTimeZoneAfterClock, isWorkTitle } from './non-names';
import { governingIndex, wordOf } from './sentence-context';
import type { Token } from './tokenize';

export type TypeScores = Readonly<Record<EntityType, number>>;


/**
 * What one chunk is: a name with a score for each type from its own words and its context; a
 * thing that is no entity wherever it occurs (a missile, a law, a unit, a work's title); or no
 * entity here only (the remit in "member for Communities").
 */
export type ChunkVerdict =
  | { readonly kind: 'name'; readonly scores: TypeScores }
  | { readonly kind: 'never-a-name' }
  | { readonly kind: 'not-here' };

const NEVER: ChunkVerdict = { kind: 'never-a-name' };
const TOWN_CLUB_HEADS = new Set(['city', 'town', 'county']);
const KIN_WORDS = new Set(['father', 'mother', 'grandfather', 'grandmother', 'dad', 'mum', 'mom', 'brother', 'sister', 'son', 'daughter', 'uncle', 'aunt', 'wife', 'husband', 'grandson', 'granddaughter']);
const STORM_WORDS = new Set(['typhoon', 'hurricane', 'storm', 'cyclone', 'tropical']);
const GENERIC_BODIES = new Set(['kingdom', 'cabinet', 'police', 'government', 'parliament', 'army', 'navy', 'ministry', 'council', 'court', 'department', 'office', 'committee', 'commission', 'agency', 'authority', 'administration', 'league', 'party']);
const MONTH_NAMES = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** `isSport`: the article reports a game (see sport-register.ts), so a bare town is its club. */
export function judgeChunk(chunk: NameChunk, tokens: readonly Token[], isSport: boolean): ChunkVerdict {
  const scores = { PERSON: 0, ORGANIZATION: 0, PLACE: 0 };
  const add = (type: EntityType, weight: number): void => { scores[type] += weight; };
  const names = chunk.tokens.map((token) => token.text);
  const name = names.join(' ');
  const lastWord = names[names.length - 1]!.toLowerCase().replace(/\.$/, '');
  const isPossessive = chunk.tokens[chunk.tokens.length - 1]!.isPossessive;
  if (isPortfolio(tokens, chunk)) return { kind: 'not-here' };
  // Makers are organisations whatever they make ("PSNI vehicle", "Apple phones"); only model names go.
  const isMaker = /^\p{Lu}{2,}$/u.test(name) || isKnownOrganization(name);
  if (!chunk.tailType && !isPossessive && !isMaker && isProductName(tokens, chunk.last + 1)) return NEVER;
  if (isQuotedTitle(tokens, chunk) || isWorkTitle(tokens, chunk) || isDefinedAbbreviation(tokens, chunk) || isTimeZoneAfterClock(tokens, chunk)) return NEVER;
  // "until March 2020", "May 26": a month by a number is a date, whatever else the word means.
  const isDated = /^\p{N}/u.test(tokens[chunk.last + 1]?.text ?? '') || /^\p{N}/u.test(tokens[chunk.first - 1]?.text ?? '');
  // "in March", "since May": a month after a preposition of time is a date too.
  const isMonthAfterPreposition = ['in', 'since', 'until', 'by', 'from', 'last', 'next', 'early', 'late', 'mid', 'through'].includes(wordOf(tokens[chunk.first - 1]));
  if (names.length === 1 && MONTH_NAMES.test(name) && (isDated || isMonthAfterPreposition)) return { kind: 'not-here' };
  // "the Cabinet", "Police said": a body's generic word, capitalised, names no one body; the
  // legislatures news names by that word alone ("Congress", "the Senate") are kept.
  if (names.length === 1 && GENERIC_BODIES.has(lastWord)) return { kind: 'not-here' };
  // "His Grandfather", "My Father was": a kin word capitalised out of respect names no one new.
  if (names.length === 1 && KIN_WORDS.has(lastWord)) return { kind: 'not-here' };
  // "MPs", "PCs", "CEOs": an acronym made plural is a common noun.
  if (names.length === 1 && /^\p{Lu}{2,}s$/u.test(name)) return NEVER;
  // "(NASDAQ: GILD)": a ticker after an exchange's name names no entity of its own.
  if (names.length === 1 && tokens[chunk.first - 1]?.text === ':' && /^\p{Lu}{2,}$/u.test(tokens[chunk.first - 2]?.text ?? '') && tokens[chunk.first - 3]?.text === '(') return NEVER;
  // "Region VII", "Title IX": a Roman numeral alone is a number.
  if (names.length === 1 && /^[IVXL]{2,}$/.test(name)) return NEVER;
  // "19:00 BST", "50 MW": a short acronym after a number is a unit; "2 STOKE CITY 0" is a score line.
  if (names.length === 1 && /^\p{Lu}{1,4}$/u.test(name) && /^\p{N}/u.test(tokens[chunk.first - 1]?.text ?? '')) return NEVER;
  // "Labor Day", "EFL Cup", "John Schlesinger Award" name no entity; but "Doris Day" is a person.
  const isPersonNamedDay = lastWord === 'day' && givenNameGender(names[0]!) !== null;
  // "Typhoon Juan", "Storm Ciarán", "Hurricane Ian": a storm's name is no person.
  if (names.length > 1 && STORM_WORDS.has(names[0]!.toLowerCase())) return NEVER;
  if (names.length > 1 && (LAW_HEADS.has(lastWord) || (EVENT_HEADS.has(lastWord) && !isPersonNamedDay))) return NEVER;
  if (chunk.isDateline) add('PLACE', STRONG);
  if (isDatelineCredit(tokens, chunk)) add('ORGANIZATION', STRONG);
  if (chunk.tailType) add(chunk.tailType, STRONG);
  // "Gilead Sciences, Inc.": a company suffix after a comma.
  const suffix = tokens[chunk.last + 2];
  if (tokens[chunk.last + 1]?.text === ',' && suffix !== undefined && COMPANY_SUFFIXES.has(lower(suffix))) add('ORGANIZATION', STRONG);
  // "(R-Eureka)": a US legislator's party letter, then the place they represent.
  if (/^[RDI]-$/.test(tokens[chunk.first - 1]?.text ?? '')) add('PLACE', STRONG);
  // "Mountain View-based Google": what something is based in is a place.
  if (chunk.tokens.at(-1)!.modifierTail === 'based') add('PLACE', STRONG);
  if (chunk.titles.length > 0) add('PERSON', DECISIVE);
  const place = placeKindOf(name);
  scoreNameItself(name, names, lastWord, place, isSport, add);
  scoreContext(chunk, tokens, isSport, place !== null, add);
  return { kind: 'name', scores };
}

function scoreNameItself(name: string, names: readonly string[], lastWord: string, place: PlaceKind | null, isSport: boolean, add: (type: EntityType, weight: number) => void): void {
  // In a match report a bare country, town or region is most often its team ("Wales beat England").
  if (isSport && (place === 'city' || place === 'place' || place === 'region' || (place === 'country' && names.length === 1))) add('ORGANIZATION', MEDIUM + 1);
  else if (place === 'country' || place === 'continent') add('PLACE', STRONG);
  // "La Union", "Nueva Ecija": a gazetteer that knows the whole name of two words or more
  // outweighs a head word inside it.
  else if (place) add('PLACE', names.length > 1 ? STRONG + 1 : MEDIUM + 1);
  else if (isNamedAfterPlace(names)) add('ORGANIZATION', MEDIUM);
  // One word is often a surname or place too ("Ford"), so a one-word organisation list hit counts less.
  const isKnownAsOrganization = isKnownOrganization(name);
  if (isKnownAsOrganization) add('ORGANIZATION', names.length > 1 ? STRONG : MEDIUM + 1);
  const firstWord = names[0]!.toLowerCase();
  // The head is the last word, or the first before "of" ("University of North Carolina at Chapel
  // Hill" is a university, "Gulf of Mexico" a gulf).
  const head = names.length > 2 && ['of', 'for'].includes(names[1]!) ? firstWord : lastWord;
  const hasGivenNameFirst = givenNameGender(names[0]!) !== null;
  // "RIA Novosti": a word in capitals is an acronym, whatever given name it spells.
  const isGivenName = hasGivenNameFirst && !/^\p{Lu}+$/u.test(names[0]!);
  // "Kevin Powers", "Tony Banks": after a given name a plural is a surname, not a head's plural.
  const isGivenNamePair = names.length === 2 && hasGivenNameFirst;
  if (names.length > 1 && (isGivenNamePair ? ORGANIZATION_HEADS.has(head) : isHeadWord(head, ORGANIZATION_HEADS))) add('ORGANIZATION', STRONG);
  // A place head does not outweigh a gazetteer that knows the whole name as a team ("Stoke City"),
  // nor, in a match report, a town's club ("Mumbai City", "Grimsby Town").
  const isClubName = isSport && names.length === 2 && TOWN_CLUB_HEADS.has(lastWord);
  if (isClubName) add('ORGANIZATION', STRONG);
  // "Cory Hill", "Ronnie Lane": a known given name and one place-head word are a person's name.
  const isGivenNameAndHead = isGivenNamePair && place === null;
  if (!isClubName && names.length > 1 && PLACE_HEADS.has(head) && !isKnownAsOrganization && !isGivenNameAndHead) add('PLACE', STRONG);
  // "FC Goa", "AC Milan", "SC Freiburg": a club's letters may come first.
  if (names.length > 1 && CLUB_LETTERS.has(names[0]!.toLowerCase())) add('ORGANIZATION', STRONG);
  // "Vinicius Junior": a generational suffix ends only a person's name.
  if (names.length > 1 && NAME_SUFFIXES.has(lastWord)) add('PERSON', MEDIUM);
  const isCompassPlace = names.length > 1 && (COMPASS_WORDS.has(firstWord) || COMPASS_WORDS.has(lastWord));
  if (isCompassPlace) add('PLACE', MEDIUM);
  // "Tea Temim", "Chinedu Okafor": a given name from the locale lists, before a word that is no head.
  // "Andrés Manuel López Obrador": two given names before a double surname make four words.
  const isDoubleGivenName = names.length === 4 && givenNameGender(names[1]!) !== null;
  if (names.length > 1 && !isCompassPlace && isGivenName) add('PERSON', MEDIUM + 2);
  else if (names.length > 1 && (names.length < 4 || isDoubleGivenName) && !isCompassPlace && isListedGivenName(names[0]!) && !isHeadWord(lastWord, ORGANIZATION_HEADS) && !PLACE_HEADS.has(lastWord)) add('PERSON', MEDIUM);
  if (isKnownSurname(names[names.length - 1]!)) add('PERSON', names.length > 1 ? WEAK : WEAK + 1);
  else if (names.length > 1 && isListedSurnameOnly(names[names.length - 1]!)) add('PERSON', WEAK);
  if (hasPersonShape(names) && place === null) add('PERSON', 1);
  // Acronyms are mostly organisations ("NATO", "RSPB"); countries among them were scored above.
  // A preposition before one ("in the GOP") is weaker evidence than its shape.
  if (/^(?:\p{Lu}\.?){2,6}$/u.test(name)) add('ORGANIZATION', WEAK + 1);
  // "Parliament", "Congress", "Cabinet" on their own are bodies, whatever preposition precedes.
  if (names.length === 1 && ORGANIZATION_HEADS.has(lastWord)) add('ORGANIZATION', WEAK + 1);
}

/** Two or three uncommon capitalised words with no head word: "Pervis Estupinan", "Xherdan Shaqiri". */
function hasPersonShape(names: readonly string[]): boolean {
  if (names.length < 2 || names.length > 3) return false;
  const last = names[names.length - 1]!.toLowerCase();
  if (isHeadWord(last, ORGANIZATION_HEADS) || PLACE_HEADS.has(last) || LAW_HEADS.has(last)) return false;
  // "Business Insider" is two dictionary words; "Tim Cook" has a given name first.
  return names.every((word) => /^\p{Lu}\p{Ll}/u.test(word) && !isCommonWord(word) && placeKindOf(word) === null) && !names.every(isPlainWord);
}

type AddScore = (type: EntityType, weight: number) => void;

/** `isKnownPlace`: a gazetteer knows the whole name as a place. */
function scoreContext(chunk: NameChunk, tokens: readonly Token[], isSport: boolean, isKnownPlace: boolean, add: AddScore): void {
  scoreWordsBefore(chunk, tokens, isSport, isKnownPlace, add);
  if (!chunk.tokens[chunk.tokens.length - 1]!.isPossessive) scoreWordsAfter(chunk, tokens, isKnownPlace, add);
  else if (isOwnerOfRole(tokens, chunk.last)) add('ORGANIZATION', WEAK);
  scoreApposition(tokens, chunk.last + 1, isSport, add);
  scoreBracketGloss(tokens, chunk.tokens.map((token) => token.text), chunk.last + 1, add);
}

function scoreWordsBefore(chunk: NameChunk, tokens: readonly Token[], isSport: boolean, isKnownPlace: boolean, add: AddScore): void {
  const governed = governingIndex(tokens, chunk.first);
  const before = wordOf(tokens[governed]);
  const beforeSkippingComma = tokens[chunk.first - 1]?.text === ',' ? wordOf(tokens[chunk.first - 2]) : before;
  const next = wordOf(tokens[chunk.last + 1]);
  const isPossessive = chunk.tokens[chunk.tokens.length - 1]!.isPossessive;
  // "councillor Leigh Ingham", "Her father, Vyacheslav": a person noun right before a name,
  // unless it ends a compound adjective ("the 465-member House").
  const nounAt = tokens[chunk.first - 1]?.text === ',' ? chunk.first - 2 : chunk.first - 1;
  const isCompound = tokens[nounAt - 1]?.text === '-';
  if (isPersonNoun(beforeSkippingComma) && !isCompound && !TITLE_HEADS.has(next)) add('PERSON', MEDIUM);
  if (TITLE_HEADS.has(before)) add('PERSON', MEDIUM);
  // "Pharmaceutical firm Shire", "U.S. company Baxalta"; not the last word of a name ("Labor Party Bill Shorten").
  const previous = tokens[chunk.first - 1]?.text ?? '';
  if (ORGANIZATION_NOUNS_BEFORE.has(previous) && /^\p{Ll}/u.test(previous)) add('ORGANIZATION', MEDIUM);
  // "a RIA Novosti correspondent": a name between an article and a person noun is whom they work for.
  if (!isPossessive && isPersonNoun(next) && ['a', 'an', 'the'].includes(wordOf(tokens[chunk.first - 1]))) add('ORGANIZATION', WEAK + 1);
  // "in Pervis Estupinan's cross": the preposition governs the possessed noun, not the name.
  // In a match report "in Manchester" is still the town, against the club its name suggests.
  // But "a cross from Soldado" is a player's: in a match report the other prepositions say
  // nothing of a name no gazetteer knows.
  if (PLACE_PREPOSITIONS.has(before) && !isPossessive && (!isSport || before === 'in' || isKnownPlace)) add('PLACE', isSport && before === 'in' ? MEDIUM + 2 : WEAK);
  // "The study in Science Advances", "set to publish in Physical Review D": a journal.
  if (before === 'in' && PUBLICATION_WORDS.has(wordOf(tokens[governed - 1]))) add('ORGANIZATION', MEDIUM);
  // "the town of Bilopillia"; "head of Pluriton".
  if (before === 'of') {
    const governor = wordOf(tokens[governed - 1]);
    if (PLACE_NOUNS_AFTER.has(governor)) add('PLACE', MEDIUM);
    else if (TITLE_HEADS.has(governor) || governor === 'head' || governor === 'member') add('ORGANIZATION', WEAK + 1);
  }
}

/** Cues after a name that is not possessive. */
function scoreWordsAfter(chunk: NameChunk, tokens: readonly Token[], isKnownPlace: boolean, add: AddScore): void {
  const next = wordOf(tokens[chunk.last + 1]);
  // "Kurusilapattu near Tirupattur": what lies near somewhere is a place.
  if (next === 'near' && !/^\p{N}/u.test(tokens[chunk.last + 2]?.text ?? '')) add('PLACE', WEAK + 1);
  // Organisations speak too ("Hamas announced"); a lone word that is a person's surname gets
  // its type from the full name elsewhere, so only a full name counts the verb.
  if (SPEECH_VERBS.has(next) && chunk.tokens.length > 1) add('PERSON', WEAK);
  if (ORGANIZATION_NOUNS_AFTER.has(next)) add('ORGANIZATION', MEDIUM);
  // "Spurs manager Tim Sherwood", "Real defender Antonio Rudiger": a team's role before a person.
  if (TEAM_ROLES.has(next) && !TITLE_HEADS.has(wordOf(tokens[chunk.first - 1]))) add('ORGANIZATION', MEDIUM);
  if (PLACE_NOUNS_AFTER.has(next) || PLACE_NOUNS_AFTER.has(wordOf(tokens[chunk.last + 2]))) add('PLACE', MEDIUM);
  // "Conservative councillor Nick Kelly", "Labour leader": an affiliation before a person noun;
  // a place when the title is held for a place ("McMinnville Mayor").
  if (chunk.tokens.length === 1 && CIVIC_TITLES.has(next)) add('PLACE', WEAK + 1);
  else if (isPersonNoun(next) && chunk.tokens.length === 1) add('ORGANIZATION', 1);
  // "Perikatan Nasional leaders", "Labour MPs": a body's members in the plural after its name.
  else if (next.endsWith('s') && isPersonNoun(next) && !TITLE_HEADS.has(wordOf(tokens[chunk.first - 1]))) add('ORGANIZATION', WEAK + 1);
  // "Johns Hopkins physicist Ibrahima Bah": a name before a person noun and a person's name is
  // where that person works, unless it is a place ("Plymouth teenager Bobbi-Anne McLeod").
  const isAffiliation = isPersonNoun(next) && !TITLE_HEADS.has(next) && /^\p{Lu}/u.test(tokens[chunk.last + 2]?.text ?? '');
  // It outweighs a given name inside it ("Piper Jaffray analyst Safa Rashtchy").
  if (isAffiliation && !isKnownPlace) add('ORGANIZATION', STRONG);
}

/**
 * "Sinn Féin's justice spokesman": whoever has a spokesman is not a person; but a person has
 * followers ("Mao Zedong's communists", "Trump's supporters"), so a plural says nothing.
 */
function isOwnerOfRole(tokens: readonly Token[], last: number): boolean {
  const isRole = (word: string): boolean => isPersonNoun(word) && !word.endsWith('s');
  const hasRole = isRole(wordOf(tokens[last + 1])) || isRole(wordOf(tokens[last + 2]));
  return hasRole && !/^\p{Lu}/u.test(tokens[last + 1]?.text ?? '');
}
