import { foldNameKey } from '../../src/domain/name-key';
import { HONORIFICS } from '../stages/names/cue-words';

/** A person's name folded and split: enough to tell "John Smith" from "Jane Smith" and "Smith". */
export interface PersonName {
  /** null for a one-word name, which is taken to be a surname ("Umierov"). */
  readonly first: string | null;
  readonly surname: string;
}

// Honorifics (the one list the mention stages use) and generational suffixes frame a name
// without telling people apart... except that "Jr" does: father and son share every other word,
// so it stays part of the surname.

export function parsePersonName(name: string): PersonName | null {
  const words = foldNameKey(name).split(' ').filter((word) => word.length > 0);
  while (words.length > 1 && HONORIFICS.has(words[0]!)) words.shift();
  const surname = words.at(-1);
  if (surname === undefined) return null;
  return { first: words.length > 1 ? words[0]! : null, surname };
}

/** Same first name, or an initial standing for it ("J" and "John"). */
export function isSameFirstName(a: string, b: string): boolean {
  if (a === b) return true;
  return (a.length === 1 || b.length === 1) && a[0] === b[0];
}
