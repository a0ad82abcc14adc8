import type { EntityDraft, MentionedDoc, MentionDraft, ResolvedDoc } from '../doc';
import { NAME_TAIL_NOUNS } from './names/cue-words';
import { countryCodeOf } from './names/gazetteer';
import { nameKey } from './names/name-key';
import { linkPartialNames } from './names/partial-names';
import { genderOf } from './names/person-gender';
import { stateOfAbbreviation } from './names/us-states';

/** Groups the article's mentions into entities: one per real-world thing named in it. */
export function resolveCoreferences(doc: MentionedDoc): ResolvedDoc {
  const clusterOf = clusterMentions(doc);
  const members = new Map<number, number[]>();
  clusterOf.forEach((cluster, index) => members.set(cluster, [...(members.get(cluster) ?? []), index]));
  const entities = [...members.values()]
    .sort((a, b) => a[0]! - b[0]!)
    .map((indexes, i) => entityDraft(`e${i}`, indexes, doc));
  return { ...doc, entities };
}

/** Cluster id (the index of a representative mention) for every mention. */
function clusterMentions(doc: MentionedDoc): number[] {
  const { mentions } = doc;
  const clusterOf = mentions.map((_, i) => i);
  const find = (i: number): number => (clusterOf[i] === i ? i : (clusterOf[i] = find(clusterOf[i]!)));
  const union = (a: number, b: number): void => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) clusterOf[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const partialLinks = linkPartialNames(mentions, doc.text);
  const shared = sharedPartialNames(mentions, partialLinks);
  const firstBySameName = new Map<string, number>();
  mentions.forEach((mention, i) => {
    const key = `${mention.type}:${sameThingKey(mention)}`;
    // "Wang" after "Henry Wang" and again after "Wang Jeng-tang" is two people: each use goes
    // with the full name it follows, not with the other uses.
    if (shared.has(key)) return;
    const first = firstBySameName.get(key);
    if (first === undefined) firstBySameName.set(key, i);
    else union(first, i);
  });
  for (const [from, to] of linkAcronyms(doc)) union(from, to);
  for (const [from, to] of linkBracketGlosses(doc)) union(from, to);
  for (const [from, to] of partialLinks) union(from, to);
  return mentions.map((_, i) => find(i));
}

/**
 * Keys of person names used alone that link to full names of two people: "Henry Wang" and "Wang
 * Jeng-tang" are two, "Warren Jeffs" and "Warren Steed Jeffs" one (one name's words hold the other's).
 */
function sharedPartialNames(mentions: readonly MentionDraft[], links: ReadonlyArray<readonly [number, number]>): Set<string> {
  const fullerOf = new Map<string, Set<string>>();
  for (const [partial, fuller] of links) {
    if (mentions[partial]!.type !== 'PERSON') continue;
    const key = `PERSON:${sameThingKey(mentions[partial]!)}`;
    fullerOf.set(key, (fullerOf.get(key) ?? new Set()).add(nameKey(mentions[fuller]!.text)));
  }
  // A run longer than three words is more often page chrome glued to a name ("Home South African
  // Zuma") than a second person's name.
  const isOnePerson = (a: string, b: string): boolean => {
    const [wordsA, wordsB] = [a.split(' '), b.split(' ')];
    if (wordsA.length > 3 || wordsB.length > 3) return true;
    return wordsA.every((word) => wordsB.includes(word)) || wordsB.every((word) => wordsA.includes(word));
  };
  return new Set([...fullerOf].filter(([, fuller]) => [...fuller].some((a) => [...fuller].some((b) => !isOnePerson(a, b)))).map(([key]) => key));
}

/** Names that are the same thing written two ways: "UK", "U.K.", "Britain", "United Kingdom"; "Calif.", "California". */
function sameThingKey(mention: MentionDraft): string {
  if (mention.type !== 'PLACE') return nameKey(mention.text);
  const code = countryCodeOf(mention.text);
  return code ? `country:${code}` : nameKey(stateOfAbbreviation(mention.text) ?? mention.text);
}

/**
 * Pairs (acronym mention, expansion mention): "Dartmouth Hitchcock Medical Center (DHMC)" and
 * "DHMC" elsewhere, or an acronym that spells the initials of a longer name of the same type.
 */
function linkAcronyms(doc: MentionedDoc): Array<[number, number]> {
  const links: Array<[number, number]> = [];
  const { mentions } = doc;
  mentions.forEach((mention, i) => {
    if (!/^[\p{Lu}.]{2,8}$/u.test(mention.text)) return;
    const letters = mention.text.replace(/\./g, '');
    const expansion = mentions.findIndex((other) =>
      other.type === mention.type && other.text.includes(' ') && (initialsOf(other.text) === letters || isParenthesised(doc.text, other, mention.text)));
    if (expansion >= 0) links.push([i, expansion]);
  });
  return links;
}

/** "Pakatan Harapan (Alliance of Hope)": a name of the same type in brackets right after a name is its gloss. */
function linkBracketGlosses(doc: MentionedDoc): Array<[number, number]> {
  const links: Array<[number, number]> = [];
  doc.mentions.forEach((mention, i) => {
    const gloss = doc.mentions[i + 1];
    if (gloss === undefined || gloss.type !== mention.type || !gloss.text.includes(' ')) return;
    const isBracketed = /^\s*\($/.test(doc.text.slice(mention.end, gloss.start)) && doc.text[gloss.end] === ')';
    if (isBracketed) links.push([i + 1, i]);
  });
  return links;
}

function initialsOf(name: string): string {
  return name.split(/[\s-]+/).filter((word) => /^\p{Lu}/u.test(word)).map((word) => word[0]).join('');
}

function isParenthesised(text: string, mention: MentionDraft, acronym: string): boolean {
  return text.slice(mention.end, mention.end + acronym.length + 4).replace(/\s/g, '').startsWith(`(${acronym})`);
}

// The lowercase kind words that end a place's name ("Moscow region"), as the mention stage adds them.
const PLACE_KIND_TAIL = new RegExp(` (?:${[...NAME_TAIL_NOUNS].filter(([, type]) => type === 'PLACE').map(([noun]) => noun).join('|')})$`);

function entityDraft(key: string, indexes: readonly number[], doc: MentionedDoc): EntityDraft {
  const mentions = indexes.map((i) => doc.mentions[i]!);
  // "Suma region" is also called "Suma": a place's lowercase kind word is no part of its name,
  // unless the bare name is another place of the article (the city of Sumy beside the Sumy region).
  const own = new Set(indexes);
  const kindless = mentions.filter((mention) => mention.type === 'PLACE').map((mention) => mention.text.replace(PLACE_KIND_TAIL, ''))
    .filter((form) => form !== '' && !doc.mentions.some((other, i) => !own.has(i) && other.text === form));
  const forms = [...new Set([...mentions.map((mention) => mention.text), ...kindless])];
  const name = forms.reduce((best, form) => (isFuller(form, best) ? form : best));
  return {
    key,
    type: mentions[0]!.type,
    name,
    aliases: forms.filter((form) => form !== name),
    mentionIndexes: indexes,
    gender: mentions[0]!.type === 'PERSON' ? genderOf(indexes, doc) : null,
  };
}

/** More words wins; then mixed case over SHOUTED dateline case; then more letters. */
function isFuller(form: string, best: string): boolean {
  const words = (name: string): number => name.split(/\s+/).length;
  if (words(form) !== words(best)) return words(form) > words(best);
  const isShouted = (name: string): boolean => name === name.toUpperCase() && name.length > 3;
  if (isShouted(form) !== isShouted(best)) return isShouted(best);
  return form.length > best.length;
}
