import type { EntityType } from '../../../src/domain/entity';
import { FEATURE_WIDTH, NAME_FEATURES, NAME_LABELS, WORD_BUCKETS, type NameCandidate, type NameTyperWeights, type SparseFeature } from './name-features';

/** Probability of each of NAME_LABELS for one candidate. */
export function labelProbabilities(features: readonly SparseFeature[], model: NameTyperWeights): number[] {
  return softmax(model.weights.map((row) => features.reduce((sum, [index, value]) => sum + row[index]! * value, 0)));
}

/** Scores turned into probabilities, shifted by the largest so no exponent overflows. */
export function softmax(logits: readonly number[]): number[] {
  const top = Math.max(...logits);
  const exps = logits.map((logit) => Math.exp(logit - top));
  const total = exps.reduce((sum, value) => sum + value, 0);
  return exps.map((value) => value / total);
}

/**
 * The learned typer's verdict on each candidate: its most likely label. A key missing from the
 * returned map is no entity. The weights come from `npm run train:typer` on the gold folders; a
 * model trained on another feature list is refused rather than read misaligned.
 */
export function typeNames(candidates: readonly NameCandidate[], model: NameTyperWeights): Map<string, EntityType> {
  assertAligned(model);
  const types = new Map<string, EntityType>();
  for (const candidate of candidates) {
    const probabilities = labelProbabilities(candidate.features, model);
    const best = probabilities.indexOf(Math.max(...probabilities));
    const label = model.labels[best]!;
    if (label !== 'NONE') types.set(candidate.key, label);
  }
  return types;
}

function assertAligned(model: NameTyperWeights): void {
  if (model.buckets !== WORD_BUCKETS || model.weights.some((row) => row.length !== FEATURE_WIDTH) || model.features.length !== NAME_FEATURES.length || model.features.some((name, i) => name !== NAME_FEATURES[i])) {
    throw new Error('The name typer weights were trained on another feature list: run `npm run train:typer`.');
  }
}

/** The model that keeps every name at the rule typer's type: the baseline a trained model must beat. */
export function rulesOnlyTyper(): NameTyperWeights {
  const words = new Array<number>(FEATURE_WIDTH - NAME_FEATURES.length).fill(0);
  return {
    features: [...NAME_FEATURES],
    buckets: WORD_BUCKETS,
    labels: [...NAME_LABELS],
    weights: NAME_LABELS.map((label) => [...NAME_FEATURES.map((feature) => (feature === `rule:${label}` ? 1 : 0)), ...words]),
  };
}
