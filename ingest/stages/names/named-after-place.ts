import { PLACE_HEADS } from './cue-words';
import { givenNameGender, placeKindOf } from './gazetteer';

/**
 * "San Angelo Standard-Times", "Kyiv Independent", "Los Angeles Lakers": a name that starts with a
 * known town, region or country and goes on without a place head ("Gaza Strip") is named after
 * that place: a newspaper, club or company. A place that is also a given name starts a person's
 * name as often ("Warren Buffett", "Chad Smith"), so it says nothing.
 */
export function isNamedAfterPlace(names: readonly string[]): boolean {
  if (names.length < 2 || givenNameGender(names[0]!) !== null || PLACE_HEADS.has(names[names.length - 1]!.toLowerCase())) return false;
  if (placeKindOf(names.join(' ')) !== null) return false;
  for (let words = 1; words < names.length && words <= 3; words += 1) {
    const kind = placeKindOf(names.slice(0, words).join(' '));
    if (kind === 'country' || kind === 'city' || kind === 'region') return true;
  }
  return false;
}
