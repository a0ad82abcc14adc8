import type { EntityType } from '../../../src/domain/entity';
import { ORGANIZATION_HEADS, ORGANIZATION_NOUNS_AFTER, PLACE_NOUNS_AFTER, SITE_NOUNS, TITLE_HEADS } from './cue-words';
import { MEDIUM, WEAK, isHeadWord } from './evidence-weights';
import { isPersonNoun } from './gazetteer';
import { wordOf } from './sentence-context';
import type { Token } from './tokenize';

const APPOSITION_STOPS = new Set(['of', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'where', 'who', 'which', 'that', 'whose']);

/** ", 37, a mother of eight", ", a non-governmental organization", ", a city in northern Ukraine". */
export function scoreApposition(tokens: readonly Token[], at: number, isSport: boolean, add: (type: EntityType, weight: number) => void): void {
  if (tokens[at]?.text !== ',') return;
  let i = at + 1;
  // "Arteta, who had been ticking"; a match report says "Stoke, who had to adjust their line-up" too.
  if (wordOf(tokens[i]) === 'who') return add('PERSON', isSport ? WEAK : MEDIUM);
  if (/^\p{N}+$/u.test(tokens[i]?.text ?? '') && tokens[i + 1]?.text === ',') {
    add('PERSON', MEDIUM); // an age
    return;
  }
  // ", CEO of Sony Music,", ", deputy-secretary general of the Election Commission"
  const first = wordOf(tokens[i]);
  const isRoleNoun = first.split('-').some((part) => TITLE_HEADS.has(part)) ||
    (isPersonNoun(first) && !first.endsWith('s') && ['of', 'at', 'for', 'to'].includes(wordOf(tokens[i + 1])));
  if (isRoleNoun) return add('PERSON', MEDIUM);
  // ", a city in...", ", under construction as the world's biggest offshore wind farm"
  const determiner = tokens.slice(i, i + 5).findIndex((token) => ['a', 'an', 'the'].includes(wordOf(token)));
  if (determiner < 0 || tokens.slice(i, i + determiner).some((token) => !token.isWord)) return;
  const scanFrom = i + determiner + 1;
  // The last noun before "of" or a preposition heads the apposition: ", a mother of eight", ", a
  // member of parliament", ", the official residence of" (a residence, whatever "official" is).
  let stop = scanFrom;
  while (stop < scanFrom + 6 && tokens[stop]?.isWord && !APPOSITION_STOPS.has(wordOf(tokens[stop]))) stop += 1;
  for (i = stop - 1; i >= scanFrom; i -= 1) {
    const word = wordOf(tokens[i]);
    if (isPersonNoun(word)) return add('PERSON', MEDIUM);
    if (PLACE_NOUNS_AFTER.has(word) || SITE_NOUNS.has(word)) return add('PLACE', MEDIUM);
    if (isHeadWord(word, ORGANIZATION_HEADS) || ORGANIZATION_NOUNS_AFTER.has(word)) return add('ORGANIZATION', MEDIUM);
  }
}

/**
 * "Barisan Nasional (BN)", "Pakatan Harapan (Alliance of Hope)": a name glossed in brackets by
 * the acronym of its initials or by a translation headed by an organisation word is an
 * organisation; people are not given acronyms or translations.
 */
export function scoreBracketGloss(tokens: readonly Token[], names: readonly string[], at: number, add: (type: EntityType, weight: number) => void): void {
  if (tokens[at]?.text !== '(') return;
  const close = tokens.findIndex((token, i) => i > at && token.text === ')');
  if (close < 0 || close - at > 6) return;
  const inner = tokens.slice(at + 1, close);
  const initials = names.map((name) => name[0]).join('');
  const isAcronym = names.length > 1 && inner.length === 1 && inner[0]!.text === initials.toUpperCase();
  const isOrganizationGloss = /^\p{Lu}/u.test(inner[0]?.text ?? '') && inner.some((token) => isHeadWord(wordOf(token), ORGANIZATION_HEADS));
  if (isAcronym || isOrganizationGloss) add('ORGANIZATION', MEDIUM);
}
