import { softmax } from '../stages/names/name-typer';

/** One training example: its feature vector and the index of its label. */
export interface LabelledVector {
  /** Non-zero features as (index, value) pairs; index 0 is the bias. */
  readonly features: readonly (readonly [number, number])[];
  readonly label: number;
}

export interface SoftmaxOptions {
  /** L2 penalty on every weight but the first feature's (the bias). */
  readonly l2: number;
  readonly epochs: number;
  readonly learningRate: number;
}

export const DEFAULT_SOFTMAX_OPTIONS: SoftmaxOptions = { l2: 0.001, epochs: 1500, learningRate: 0.05 };

/**
 * Multinomial logistic regression fitted by full-batch gradient descent with Adam steps, from
 * all-zero weights: the same examples give the same weights on every run and machine. Returns
 * one row of weights per label, the shape `labelProbabilities` reads.
 */
export function trainSoftmax(examples: readonly LabelledVector[], labelCount: number, width: number, options: SoftmaxOptions = DEFAULT_SOFTMAX_OPTIONS): number[][] {
  if (examples.length === 0) throw new Error('No training examples.');
  const weights = Array.from({ length: labelCount }, () => new Array<number>(width).fill(0));
  const firstMoment = weights.map((row) => row.map(() => 0));
  const secondMoment = weights.map((row) => row.map(() => 0));
  const [beta1, beta2, epsilon] = [0.9, 0.999, 1e-8];
  for (let epoch = 1; epoch <= options.epochs; epoch += 1) {
    const gradient = weights.map((row) => row.map(() => 0));
    for (const { features, label } of examples) {
      const probabilities = softmax(weights.map((row) => features.reduce((sum, [i, value]) => sum + row[i]! * value, 0)));
      probabilities.forEach((probability, k) => {
        const error = probability - (k === label ? 1 : 0);
        for (const [i, value] of features) gradient[k]![i]! += error * value;
      });
    }
    weights.forEach((row, k) => row.forEach((weight, i) => {
      const g = gradient[k]![i]! / examples.length + (i === 0 ? 0 : options.l2 * weight);
      firstMoment[k]![i] = beta1 * firstMoment[k]![i]! + (1 - beta1) * g;
      secondMoment[k]![i] = beta2 * secondMoment[k]![i]! + (1 - beta2) * g * g;
      const corrected1 = firstMoment[k]![i]! / (1 - beta1 ** epoch);
      const corrected2 = secondMoment[k]![i]! / (1 - beta2 ** epoch);
      row[i] = weight - options.learningRate * corrected1 / (Math.sqrt(corrected2) + epsilon);
    }));
  }
  return weights;
}
