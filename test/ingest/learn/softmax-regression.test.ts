import { describe, expect, it } from 'vitest';
import { trainSoftmax, type LabelledVector } from '../../../ingest/learn/softmax-regression';

// Three classes, each marked by its own feature (index 1, 2 or 3) plus noise on feature 4; index 0 is the bias.
const examples: LabelledVector[] = [0, 1, 2].flatMap((label) => [0.2, 0.5, 0.9].map((noise) => ({
  features: [[0, 1], [label + 1, 1], [4, noise]] as const,
  label,
})));
const predict = (weights: number[][], features: LabelledVector['features']): number => {
  const logits = weights.map((row) => features.reduce((sum, [i, value]) => sum + row[i]! * value, 0));
  return logits.indexOf(Math.max(...logits));
};

describe('trainSoftmax', () => {
  it('learns which feature marks which class', () => {
    const weights = trainSoftmax(examples, 3, 5, { l2: 0.001, epochs: 300, learningRate: 0.1 });
    expect(examples.map(({ features }) => predict(weights, features))).toEqual(examples.map(({ label }) => label));
    expect(predict(weights, [[0, 1], [2, 1]])).toBe(1);
  });

  it('gives the same weights on every run', () => {
    const options = { l2: 0.01, epochs: 50, learningRate: 0.05 };
    expect(trainSoftmax(examples, 3, 5, options)).toEqual(trainSoftmax(examples, 3, 5, options));
  });

  it('shrinks the weights of a feature that says nothing as the penalty grows', () => {
    const noiseWeight = (l2: number): number => Math.abs(trainSoftmax(examples, 3, 5, { l2, epochs: 300, learningRate: 0.1 })[0]![4]!);
    expect(noiseWeight(1)).toBeLessThan(noiseWeight(0.0001));
  });

  it('refuses to train on nothing', () => {
    expect(() => trainSoftmax([], 3, 5)).toThrow('No training examples.');
  });
});
