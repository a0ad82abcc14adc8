import type { EntityType } from '../../../src/domain/entity';
import type { MentionDraft } from '../../doc';
import { NAME_TAIL_NOUNS } from './cue-words';
import { nameKey } from './name-key';

/** Where a shorter name may sit inside a fuller one of the same type. */
type Fit = 'start' | 'end' | 'inside';

/**
 * Pairs (partial mention, fuller mention) for names that are part of a longer name of the same
 * type: "Umierov" in "Rustem Umierov", "Xi" in "Xi Jinping", "López Obrador" in "Andrés Manuel
 * López Obrador", "Dong" in "Dong Energy", "Defense Ministry" in "Russian Defense Ministry".
 * When two different fuller names fit (two people sharing a surname), the nearest one before
 * the partial mention wins, so the two people stay apart.
 */
export function linkPartialNames(mentions: readonly MentionDraft[], text: string): Array<[number, number]> {
  const words = mentions.map((mention) => nameKey(mention.text).split(' '));
  const links: Array<[number, number]> = [];
  mentions.forEach((mention, i) => {
    const candidates = mentions
      .map((_, j) => j)
      .filter((j) => mentions[j]!.type === mention.type && words[j]!.length > words[i]!.length && fits(words[i]!, words[j]!, mention.type))
      .filter((j) => !isRegionOf(words[i]!, words[j]!) || isEveryUseAttributive(mention.text, mentions, text));
    const fuller = nearest(candidates, mentions, mention.start);
    if (fuller !== undefined) links.push([i, fuller]);
  });
  return links;
}

/**
 * "the Bryansk plant" names the Bryansk region's plant; "refugees in Sumy" names the city of
 * Sumy, a place apart from the Sumy region. True when every bare use of `name` qualifies a noun.
 */
function isEveryUseAttributive(name: string, mentions: readonly MentionDraft[], text: string): boolean {
  return mentions.filter((m) => m.text === name).every((m) => /^\s+\p{Ll}/u.test(text.slice(m.end, m.end + 3)));
}

function fits(part: readonly string[], whole: readonly string[], type: EntityType): boolean {
  // "Warren Jeffs" of "Warren Steed Jeffs": a person named without a middle name.
  if (type === 'PERSON' && part.length >= 2 && part[0] === whole[0] && part[part.length - 1] === whole[whole.length - 1]) return true;
  const at = indexOfRun(part, whole);
  if (at < 0) return false;
  const fit: Fit = at === 0 ? 'start' : at + part.length === whole.length ? 'end' : 'inside';
  switch (type) {
    case 'PERSON':
      // "Lula" of "Luiz Inacio Lula da Silva": a long name is called by a word inside it.
      return fit !== 'inside' || (part.length === 1 && whole.length >= 4);
    case 'ORGANIZATION':
      return fit === 'start' || (fit === 'end' && part.length > 1);
    case 'PLACE':
      // "Project One" in "Hornsea Project One"; "Oryol" in "Oryol region" (see isEveryUseAttributive).
      return (fit === 'end' && part.length > 1) || isRegionOf(part, whole);
  }
}

function isRegionOf(part: readonly string[], whole: readonly string[]): boolean {
  return whole.length === part.length + 1 && NAME_TAIL_NOUNS.get(whole[whole.length - 1]!) === 'PLACE' && indexOfRun(part, whole) === 0;
}

function indexOfRun(part: readonly string[], whole: readonly string[]): number {
  for (let at = 0; at + part.length <= whole.length; at += 1) {
    if (part.every((word, k) => whole[at + k] === word)) return at;
  }
  return -1;
}

/** The candidate closest before `start`, else the first after it. */
function nearest(candidates: readonly number[], mentions: readonly MentionDraft[], start: number): number | undefined {
  const before = candidates.filter((j) => mentions[j]!.start < start);
  return before.length > 0 ? before[before.length - 1] : candidates[0];
}
