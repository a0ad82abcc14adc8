// A real list from test/fixtures/eval-tune2 (fd-08): items a gazetteer lacks take the kind of the
// items it knows.
import { describe, expect, it } from 'vitest';
import { mentionsOf } from '../article-fixture';

describe('names listed together', () => {
  it('are places when the gazetteer knows some of the list as places (fd-08)', () => {
    const text = 'Placed under Signal 3 are Batanes, Calayan, Babuyan, Apayao and Kalinga.';
    expect(mentionsOf(text)).toEqual(['PLACE Batanes', 'PLACE Calayan', 'PLACE Babuyan', 'PLACE Apayao', 'PLACE Kalinga']);
  });

  it('are places before a plural place noun, even when none is known (fd-08)', () => {
    expect(mentionsOf('The storm hit Calayan and Babuyan provinces.')).toEqual(['PLACE Calayan', 'PLACE Babuyan']);
  });

  it('are places after "villages, including", and a place lies near a place; a district Collector is a title (fd-05)', () => {
    const text = 'Tirupattur Collector Amar Kushwaha visited the school at Kurusilapattu near Tirupattur. Tribal villages, including Nelkani, Thanimarathur and Kollyam, are inaccessible.';
    expect(mentionsOf(text)).toEqual(['PLACE Tirupattur', 'PERSON Amar Kushwaha', 'PLACE Kurusilapattu', 'PLACE Tirupattur', 'PLACE Nelkani', 'PLACE Thanimarathur', 'PLACE Kollyam']);
  });
});
