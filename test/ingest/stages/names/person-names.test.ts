import { describe, expect, it } from 'vitest';
import { isListedSurname, listedGivenNameGender } from '../../../../ingest/stages/names/person-names';
import { mentionsOf } from '../article-fixture';

describe('locale name lists', () => {
  it('know given names of many languages, with their gender where the lists agree', () => {
    expect(listedGivenNameGender('Chinedu')).toBe('male');
    expect(listedGivenNameGender('Valentina')).toBe('female');
    expect(listedGivenNameGender('Andrea')).toBe('unknown');
    expect(listedGivenNameGender('Kyiv')).toBeNull();
  });

  it('know surnames, and keep only Latin-script forms', () => {
    expect(isListedSurname('Renna')).toBe(true);
    expect(isListedSurname('Nguyen')).toBe(true);
    expect(isListedSurname('王')).toBe(false);
    expect(isListedSurname('Zelenskyy')).toBe(false);
  });

  it('type a name whose given name is also a dictionary word as a person (un-04)', () => {
    expect(mentionsOf("Scientists were surprised, said Princeton University scientist and co-investigator Tea Temim.")).toEqual(['ORGANIZATION Princeton University', 'PERSON Tea Temim']);
  });
});
