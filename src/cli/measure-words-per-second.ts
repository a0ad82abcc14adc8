export interface Measurement {
  readonly wordsPerSecond: number;
  readonly iterations: number;
}

/**
 * One warm-up pass (so JIT compilation and lazily loaded models are not timed), then whole
 * passes over `inputs` (which hold `words` words) until at least `minMs` have gone by.
 */
export function measureWordsPerSecond<T>(
  inputs: readonly T[], words: number, run: (input: T) => unknown, minMs: number,
): Measurement {
  for (const input of inputs) run(input);
  let iterations = 0;
  const startMs = performance.now();
  let elapsedMs = 0;
  do {
    for (const input of inputs) run(input);
    iterations += 1;
    elapsedMs = performance.now() - startMs;
  } while (elapsedMs < minMs);
  return { wordsPerSecond: (words * iterations) / (elapsedMs / 1000), iterations };
}
