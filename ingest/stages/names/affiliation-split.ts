import { COMPASS_WORDS, NAME_PARTICLES, ORGANIZATION_HEADS, PLACE_HEADS, TITLE_HEADS, TITLE_MODIFIERS } from './cue-words';
import { givenNameGender, isKnownName, isPersonNoun, placeKindOf } from './gazetteer';
import { isEnglishWord } from './english-words';
import { listedGivenNameGender } from './person-names';
import { isHead, lower } from './head-words';
import { joinedText, type Token } from './tokenize';

/**
 * Index where a person's part starts after a capitalised affiliation, or `first` when the run is
 * one name: at a title inside the run ("Garda Commissioner Drew Harris", "McMinnville Mayor
 * Jimmy Haley"), else at a known given name followed by a surname with no given name before it
 * ("Conservative Patrick Nicholson"), or after a one-word country or city before a two-word
 * name. A run ending in an organisation head ("French General Staff") is one organisation.
 */
export function affiliationSplit(tokens: readonly Token[], first: number, end: number): number {
  // "St James’ Park": a run ending in a place head is one place, whatever given name is inside it.
  if (isHead(tokens[end], ORGANIZATION_HEADS) || (isHead(tokens[end], PLACE_HEADS) && tokens.slice(first, end).some((token) => token.isPossessive))) return first;
  // Only a plain run of capitalised words splits: "Board of Mayor and Aldermen" stays whole.
  // A title takes "of" ("U.S. Secretary of State Antony Blinken").
  const isPlainRun = tokens.slice(first, end + 1).every((token, k) =>
    /^\p{Lu}/u.test(token.text) || (['of', 'the'].includes(token.text) && tokens.slice(first, first + k).some((before) => TITLE_HEADS.has(lower(before)))));
  for (let k = first + 1; k < end && isPlainRun; k += 1) {
    if (!TITLE_HEADS.has(lower(tokens[k]!))) continue;
    let titleStart = k;
    while (titleStart > first + 1 && TITLE_MODIFIERS.has(lower(tokens[titleStart - 1]!))) titleStart -= 1;
    return titleStart;
  }
  // "leader in Gaza Khalil al-Hayyah", "the state of Goa Manohar Parrikar": a one-word country,
  // city or region before a two-word name.
  const kind = placeKindOf(tokens[first]!.text);
  const rest = tokens.slice(first + 1, end + 1);
  const isNamedAfterPlace = rest.some((token) => isHead(token, ORGANIZATION_HEADS) || isHead(token, PLACE_HEADS));
  // A town that is also a given name starts a full name instead: "Warren Steed Jeffs".
  const isTown = (kind === 'city' || kind === 'region') && givenNameGender(tokens[first]!.text) === null && listedGivenNameGender(tokens[first]!.text) === null;
  // "Telford & Wrekin": a town joined to the next word is one name with it.
  const isJoined = ['&', 'and', 'of'].includes(tokens[first + 1]?.text ?? '');
  if ((kind === 'country' || isTown) && rest.length >= 2 && !isNamedAfterPlace && !isJoined) return first + 1;
  const afterHead = personAfterHead(tokens, first, end);
  if (afterHead > first) return afterHead;
  for (let k = first + 1; k < end; k += 1) {
    const token = tokens[k]!;
    const before = tokens.slice(first, k);
    if (givenNameGender(token.text) === null) continue;
    // "San Angelo Standard-Times": the given name ends a place name; "Church of Jesus Christ of
    // Latter Day Saints": it sits inside an "of" phrase of one long name.
    if (placeKindOf(joinedText(tokens.slice(first, k + 1))) !== null) return first;
    if (tokens.slice(k, end + 1).some((t) => !/^\p{Lu}/u.test(t.text))) return first;
    const isPrefixName = before.some((t) => givenNameGender(t.text) !== null || NAME_PARTICLES.has(t.text) || COMPASS_WORDS.has(lower(t)));
    // "Abdimajid Mohamed Nur": one word no dictionary or list knows before the given name is a first
    // name, the given name a father's; an affiliation before a name is a word, an acronym or a known name.
    const isUnknownBefore = before.length === 1 && !isEnglishWord(before[0]!.text) && !isKnownName(before[0]!.text) && !/^\p{Lu}{2,}$/u.test(before[0]!.text);
    return isPrefixName || isUnknownBefore ? first : k;
  }
  return first;
}

/**
 * "Labor Party Bill Shorten": a head word inside a plain run ends an organisation or place, and the
 * two or three plain words after it are the person who belongs to it. Index of that person, or `first`.
 */
export function personAfterHead(tokens: readonly Token[], first: number, end: number): number {
  const isPlainWord = (token: Token): boolean => /^\p{Lu}\p{Ll}/u.test(token.text) && !token.isPossessive &&
    !isHead(token, ORGANIZATION_HEADS) && !isHead(token, PLACE_HEADS) && !isPersonNoun(token.text) && placeKindOf(token.text) === null;
  // "speaker of Parliament Hama Amadou": after "of", the run may open with the head itself.
  const lowest = tokens[first - 1]?.text === 'of' ? first : first + 1;
  for (let k = end - 2; k >= lowest && k >= end - 3; k -= 1) {
    if (!isHead(tokens[k], ORGANIZATION_HEADS) && !isHead(tokens[k], PLACE_HEADS)) continue;
    if (tokens.slice(first, k + 1).every((token) => /^\p{Lu}/u.test(token.text)) && tokens.slice(k + 1, end + 1).every(isPlainWord)) return k + 1;
  }
  return first;
}
