// Given names and surnames of many languages, from the locale name lists @faker-js/faker maintains
// (77 locales: African, Latin American, South and East Asian, Arabic, European names), read once
// into a Map and a Set. compromise's lexicon knows mostly English and famous names; these lists
// add "Chinedu", "Priya", "Santiago" and surnames such as "Renna" or "Tan". Only Latin-script forms
// are kept, since the articles we read are in English.
import { allLocales } from '@faker-js/faker';
import type { Gender } from '../../doc';

type GenderSet = Set<Gender | 'unknown'>;

const LATIN_NAME = /^[\p{Script=Latin}'’-]+$/u;
const givenNames = new Map<string, GenderSet>();
const surnames = new Set<string>();

const GENDER_OF_LIST: Readonly<Record<string, Gender | 'unknown'>> = { female: 'female', male: 'male', generic: 'unknown' };

for (const locale of Object.values(allLocales)) {
  const person = locale.person;
  for (const [list, names] of Object.entries(person?.first_name ?? {})) {
    const gender = GENDER_OF_LIST[list] ?? 'unknown';
    for (const name of names ?? []) {
      if (!LATIN_NAME.test(name)) continue;
      const key = name.toLowerCase();
      const genders = givenNames.get(key) ?? new Set();
      givenNames.set(key, genders.add(gender));
    }
  }
  for (const names of Object.values(person?.last_name ?? {})) {
    for (const name of names ?? []) if (LATIN_NAME.test(name)) surnames.add(name.toLowerCase());
  }
}

/** Gender of a given name in any locale's list, 'unknown' when lists disagree or do not say, null if none lists it. */
export function listedGivenNameGender(word: string): Gender | 'unknown' | null {
  const genders = givenNames.get(word.toLowerCase());
  if (!genders) return null;
  const isMale = genders.has('male');
  const isFemale = genders.has('female');
  return isMale !== isFemale ? (isMale ? 'male' : 'female') : 'unknown';
}

export function isListedSurname(word: string): boolean {
  return surnames.has(word.toLowerCase());
}
