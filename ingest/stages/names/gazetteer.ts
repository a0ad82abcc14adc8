// Name lists from maintained data packages, read once when the module loads into plain Maps and
// Sets (a few thousand entries, a few milliseconds): every lookup after that is one hash probe.
// Nothing here is written after load, so stages that read it stay pure.
import nlp from 'compromise';
import countries from 'world-countries';
import nationalities from 'i18n-nationality/langs/en.json' with { type: 'json' };
import states from 'country-state-city/lib/assets/state.json' with { type: 'json' };
import type { Gender } from '../../doc';
import { PERSON_NOUNS, TITLE_HEADS } from './cue-words';
import { largeCityNames } from './large-cities';
import { isListedSurname, listedGivenNameGender } from './person-names';
import { isEnglishWord } from './english-words';

export type PlaceKind = 'country' | 'continent' | 'city' | 'region' | 'place';

interface CompromiseModel {
  readonly one: { readonly lexicon: Readonly<Record<string, string | readonly string[]>> };
}

// compromise's lexicon: ~24k lower-cased words and phrases tagged with its tag set (City,
// Country, MaleName, Organization, Demonym, Adjective...). We use it as a tagged word list only;
// running its tagger would cost far more than our speed budget.
const lexicon = new Map<string, readonly string[]>(
  Object.entries((nlp.model() as CompromiseModel).one.lexicon).map(([word, tags]) => [word, typeof tags === 'string' ? [tags] : tags]),
);
const NO_TAGS: readonly string[] = [];

function tagsOf(word: string): readonly string[] {
  return lexicon.get(word) ?? NO_TAGS;
}

/**
 * Tags of a word or, when the lexicon lacks it, of the form it is inflected from: the lexicon
 * lists "motorist" but not "Motorists", "title" but not "Titled"; "We're" is tagged as "we".
 */
function tagsOfInflected(word: string): readonly string[] {
  const lower = word.toLowerCase().split(/['’]/)[0]!;
  const own = tagsOf(lower);
  if (own.length > 0 || lower.length < 4) return own;
  for (const [suffix, replacement] of INFLECTIONS) {
    if (!lower.endsWith(suffix)) continue;
    const stem = tagsOf(lower.slice(0, -suffix.length) + replacement);
    if (stem.length > 0) return stem;
  }
  return [];
}
const INFLECTIONS: ReadonlyArray<readonly [string, string]> = [
  ['ies', 'y'], ['es', ''], ['s', ''], ['ied', 'y'], ['ed', ''], ['ed', 'e'], ['ing', ''], ['ing', 'e'], ['ly', ''],
];

// Short forms English news uses for countries that world-countries does not list.
const COUNTRY_SHORT_FORMS: ReadonlyArray<readonly [string, string]> = [
  ['us', 'US'], ['u.s.', 'US'], ['u.s.a.', 'US'], ['america', 'US'], ['britain', 'GB'],
  ['u.k.', 'GB'], ['uae', 'AE'], ['u.a.e.', 'AE'], ['holland', 'NL'], ['burma', 'MM'],
];

const countryCodes = new Map<string, string>(COUNTRY_SHORT_FORMS);
const places = new Map<string, PlaceKind>();
const demonyms = new Set<string>();
for (const country of countries) {
  const forms = [country.name.common, country.name.official, ...country.altSpellings];
  for (const form of forms) {
    // Two-letter ISO codes ("AI", "IT") are ordinary words in news copy; only a code that is a
    // real short form (GB's "UK") is kept, and the Latin-script forms only.
    if (form === country.cca2 || !/^[\p{Script=Latin}\s.,'()-]+$/u.test(form)) continue;
    countryCodes.set(form.toLowerCase(), country.cca2);
  }
  for (const capital of country.capital) places.set(capital.toLowerCase(), 'city');
  places.set(country.region.toLowerCase(), 'continent');
  if (country.subregion) places.set(country.subregion.toLowerCase(), 'continent');
  for (const demonym of Object.values(country.demonyms)) {
    demonyms.add(demonym.f.toLowerCase()).add(demonym.m.toLowerCase());
  }
}
for (const name of countryCodes.keys()) places.set(name, 'country');
// "the Lankan bowlers", "a Zealander": the last word of a two-word demonym is used alone too.
for (const demonym of [...demonyms]) {
  const words = demonym.split(' ');
  if (words.length > 1 && !countryCodes.has(words[words.length - 1]!)) demonyms.add(words[words.length - 1]!);
}
for (const demonym of Object.values(nationalities.nationalities)) {
  // This list mixes in a few country names ("South Sudan"); a demonym is one word that is not a place.
  const lower = demonym.toLowerCase();
  if (/^\p{L}+$/u.test(lower) && !places.has(lower)) demonyms.add(lower);
}

// Adjectives of belonging that no country list carries ("English" is a language to
// world-countries, "European" a region's adjective); like demonyms, they are not entities.
for (const word of ['english', 'scottish', 'welsh', 'irish', 'british', 'european', 'african', 'asian',
  'american', 'arab', 'kurdish', 'palestinian', 'catalan', 'basque', 'western', 'eastern', 'soviet',
  'jewish', 'muslim', 'christian', 'catholic', 'hispanic', 'latino', 'nordic', 'baltic', 'balkan',
  'hindu', 'sikh', 'buddhist', 'sunni', 'shia', 'shiite']) {
  demonyms.add(word);
}

const PLACE_TAGS: ReadonlyArray<readonly [string, PlaceKind]> = [
  ['Country', 'country'], ['City', 'city'], ['Region', 'region'], ['Place', 'place'],
];
for (const [word, tags] of lexicon) {
  if (tags.includes('Demonym')) demonyms.add(word);
  const kind = PLACE_TAGS.find(([tag]) => tags.includes(tag))?.[1];
  if (kind && !places.has(word)) places.set(word, kind);
}

// States, provinces, counties and regions of every country (country-state-city, ~5,000): "Gauteng",
// "Ilocos Norte", "Oyo", "Wiltshire". As with towns, a name that is also a given name or a plain
// word ("Centre", "Eastern", "Georgia" stays, known as a country region already) is left to context.
for (const { name } of states as ReadonlyArray<{ name: string }>) {
  const lower = name.toLowerCase();
  if (places.has(lower) || !/^[\p{Script=Latin}\s.'’-]+$/u.test(name) || lexicon.has(lower)) continue;
  if (!lower.includes(' ') && (isEnglishWord(lower) || listedGivenNameGender(lower) !== null)) continue;
  places.set(lower, 'region');
}

const { cities, towns } = largeCityNames();
for (const name of cities) if (!places.has(name)) places.set(name, 'city');
// A smaller town counts only when no name list or dictionary claims its name ("Stevenage", not
// "Martin", "Evans" or "Gateway").
for (const name of towns) {
  if (places.has(name) || name.length < 4 || lexicon.has(name) || isEnglishWord(name) || listedGivenNameGender(name) !== null || isListedSurname(name)) continue;
  places.set(name, 'city');
}

// "St. Louis" is written "St Louis" too; dotted names are also found without their dots.
const dotlessPlaces = new Map([...places].filter(([name]) => name.includes('.')).map(([name, kind]) => [name.replace(/\./g, ''), kind]));

/** The kind of place a name is, if a gazetteer knows it ("Kyiv" → city). */
export function placeKindOf(name: string): PlaceKind | null {
  return places.get(name.toLowerCase()) ?? dotlessPlaces.get(name.toLowerCase().replace(/\./g, '')) ?? null;
}

/** ISO 3166 alpha-2 code for a country name or short form ("Britain", "U.K." → GB). */
export function countryCodeOf(name: string): string | null {
  return countryCodes.get(name.toLowerCase()) ?? null;
}

/** "Russian", "French", "Ukrainians": adjectives and nouns of nationality, not entities. */
export function isDemonym(word: string): boolean {
  const lower = word.toLowerCase();
  // "Frenchwoman", "Dutchman", "Englishmen": a demonym made a noun of a person.
  const person = /^(\p{L}{4,}?)(?:wom[ae]n|m[ae]n)$/u.exec(lower);
  return demonyms.has(lower) || (lower.endsWith('s') && demonyms.has(lower.slice(0, -1))) || isPlaceDwellers(lower) || (person !== null && demonyms.has(person[1]!));
}

// "Missourians", "Texans", "Californians", "Ohioans", "New Yorkers": people of a known place.
const DWELLER_SUFFIXES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['ians', ['', 'a', 'ia']], ['ans', ['', 'a', 'as']], ['ers', ['']],
];

function isPlaceDwellers(lower: string): boolean {
  return DWELLER_SUFFIXES.some(([suffix, endings]) => lower.endsWith(suffix) && lower.length > suffix.length + 3 &&
    endings.some((ending) => {
      const kind = places.get(lower.slice(0, -suffix.length) + ending);
      return kind === 'region' || kind === 'city' || kind === 'country';
    }));
}

export function isKnownOrganization(name: string): boolean {
  const tags = tagsOf(name.toLowerCase());
  return tags.includes('Organization') || tags.includes('SportsTeam');
}

/** Gender of a given name, 'unknown' for a given name used by both, null if not a given name. */
export function givenNameGender(word: string): Gender | 'unknown' | null {
  const tags = tagsOf(word.toLowerCase());
  const isMale = tags.includes('MaleName');
  const isFemale = tags.includes('FemaleName');
  if (isMale !== isFemale) return isMale ? 'male' : 'female';
  return isMale || tags.includes('FirstName') ? 'unknown' : null;
}

/**
 * A given name in any locale's list ("Chinedu", "Joy", "Tea"). The lists also hold words news uses
 * as words and names of things ("Atlas", "Will"), so this is evidence about a whole name's type, too
 * weak to split a run of capitalised words where givenNameGender would.
 */
export function isListedGivenName(word: string): boolean {
  return givenNameGender(word) !== null || (/^\p{Lu}\p{Ll}/u.test(word) && placeKindOf(word) === null && listedGivenNameGender(word) !== null);
}

export function isKnownSurname(word: string): boolean {
  return tagsOf(word.toLowerCase()).includes('LastName');
}

/**
 * A surname in any locale's list that is no dictionary word or place ("Renna", not "Madrid" or
 * "Slam"). The lists also hold company names' words ("Abbott"), so only the last word of a longer
 * name should count it.
 */
export function isListedSurnameOnly(word: string): boolean {
  return isListedSurname(word) && !isCommonWord(word) && placeKindOf(word) === null && !isKnownOrganization(word);
}

// Tags of words that are never names on their own; a capitalised one is a sentence start or a
// headline word.
const COMMON_TAGS = new Set([
  'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'Adjective', 'Modal', 'Copula',
  'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Participle', 'QuestionWord', 'Expression',
  'WeekDay', 'Month', 'Date', 'Duration', 'Cardinal', 'Ordinal', 'Singular', 'Plural', 'Uncountable',
  'Actor', 'Unit', 'Currency', 'Noun', 'Reflexive', 'Comparative', 'Superlative',
]);
const PROPER_TAGS = new Set([
  'Country', 'City', 'Region', 'Place', 'ProperNoun', 'Organization', 'SportsTeam', 'Person',
  'FirstName', 'MaleName', 'FemaleName', 'LastName',
]);

/** A dictionary word that is not a name ("Meanwhile", "Quote", "Crippling"). */
export function isCommonWord(word: string): boolean {
  const tags = tagsOfInflected(word);
  return tags.some((tag) => COMMON_TAGS.has(tag)) && !tags.some((tag) => PROPER_TAGS.has(tag));
}

/** Function words and calendar words: never a name, even capitalised mid-sentence. */
export function isClosedClassWord(word: string): boolean {
  // "June-September", "We're": every hyphen part, or the part before an apostrophe.
  return word.split('-').every((part) => {
    const tags = tagsOf(part.toLowerCase().split(/['’]/)[0]!);
    return tags.some((tag) => CLOSED_TAGS.has(tag)) && !tags.some((tag) => PROPER_TAGS.has(tag));
  });
}
const CLOSED_TAGS = new Set([
  'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Modal', 'Copula', 'QuestionWord',
  'WeekDay', 'Month', 'Date', 'Cardinal', 'Ordinal', 'Adverb', 'Reflexive',
]);
// Not 'Expression': capitalised inside a sentence, "Bah" or "Wow" is a surname ("Ibrahima Bah").

/** A person noun ("spokesman", "mayor", "analyst"): before a name it says the name is a person. */
export function isPersonNoun(word: string): boolean {
  // "co-investigator", "vice-chair", "co-CEOs": a prefix or a plural keeps a person noun one.
  const lower = word.toLowerCase().replace(/^(?:co|vice|ex|deputy|acting)-/, '');
  if (lower !== word.toLowerCase() || (lower.endsWith('s') && lower.length > 3)) {
    const singular = lower.endsWith('s') ? lower.slice(0, -1) : lower;
    if (singular !== word.toLowerCase() && isPersonNoun(singular)) return true;
  }
  // The lexicon lists common person nouns only; "-man"/"-woman"/"-person"/"-ist" make more, when
  // the dictionary knows the word: "Tabakman" or "Friedman" is a surname.
  return tagsOf(lower).includes('Actor') || PERSON_NOUNS.has(lower) || TITLE_HEADS.has(lower) ||
    (/(?:wo)?m[ae]n$|person$|ists?$/.test(lower) && lower.length > 5 && isEnglishWord(lower));
}

const NOUN_TAGS = new Set(['Singular', 'Plural', 'Uncountable', 'Noun', 'Actor']);

/** A dictionary word that cannot be a noun ("Western", "Crippling"): alone, never a name. */
export function isNonNounWord(word: string): boolean {
  return isCommonWord(word) && !tagsOfInflected(word).some((tag) => NOUN_TAGS.has(tag));
}

/** Any gazetteer knows the word as a name: a place, organisation, given name or surname. */
export function isKnownName(word: string): boolean {
  return tagsOf(word.toLowerCase()).some((tag) => PROPER_TAGS.has(tag)) || places.has(word.toLowerCase()) || countryCodes.has(word.toLowerCase());
}

/** A dictionary word that no name list claims ("Business", "Insider"; not "Tim", "Cook"). */
export function isPlainWord(word: string): boolean {
  return isEnglishWord(word) && !isListedGivenName(word) && !isKnownSurname(word);
}
