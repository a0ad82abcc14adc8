import { foldName } from '../eval/entity-rule';
import type { GoldArticle } from '../eval/gold-article';
import { articleInputOf } from '../eval/run-evaluation';
import { nameCandidatesOf } from '../stages/mentions';
import { NAME_LABELS, type NameCandidate, type NameLabel } from '../stages/names/name-features';
import { splitSentences } from '../stages/sentences';
import type { LabelledVector } from './softmax-regression';

/** A name key the rules proposed, with what the gold annotation says it is. */
export interface LabelledCandidate extends LabelledVector {
  readonly candidate: NameCandidate;
  readonly gold: NameLabel;
}

const dotless = (folded: string): string => folded.replace(/\./g, '');

/**
 * Every name key the rules keep in the article, labelled with the type of the gold entity that
 * has it as its name or one of its aliases (folded as the scorer folds them), or NONE.
 */
export function labelledCandidates(gold: GoldArticle): LabelledCandidate[] {
  const typeByName = new Map<string, NameLabel>();
  const add = (names: readonly string[], type: NameLabel): void => {
    for (const folded of names.flatMap((name) => [foldName(name), dotless(foldName(name))])) if (!typeByName.has(folded)) typeByName.set(folded, type);
  };
  // Names first, then aliases: an alias shared with another entity's name loses to that name.
  for (const entity of gold.entities) add([entity.name], entity.type);
  for (const entity of gold.entities) add(entity.aliases, entity.type);
  const candidates = nameCandidatesOf(splitSentences(articleInputOf(gold)));
  const labels = candidates.map(({ surface }) => typeByName.get(foldName(surface)) ?? typeByName.get(dotless(foldName(surface))) ?? 'NONE');
  // A part of a gold person's name ("Dutton" of "Peter Dutton") is that person even where the
  // annotator did not list it: coreference makes it an alias, so it costs nothing in the score.
  const people = candidates.filter((_, i) => labels[i] === 'PERSON').map(({ key }) => ` ${key} `);
  const goldNames = [...typeByName.keys()].map((name) => ` ${name} `);
  // A name cut too short or run on too far ("House of Representatives" for "US House of
  // Representatives") is wrong for its boundaries, not its being a name: no lesson either way.
  const isBoundaryError = (surface: string): boolean => {
    const padded = ` ${foldName(surface)} `;
    return goldNames.some((name) => name !== padded && (name.includes(padded) || padded.includes(name)));
  };
  return candidates.flatMap((candidate, i) => {
    const isPartOfPerson = labels[i] === 'NONE' && people.some((person) => person !== ` ${candidate.key} ` && person.includes(` ${candidate.key} `));
    const label = isPartOfPerson ? 'PERSON' : labels[i]!;
    if (label === 'NONE' && isBoundaryError(candidate.surface)) return [];
    return [{ candidate, gold: label, features: candidate.features, label: NAME_LABELS.indexOf(label) }];
  });
}
