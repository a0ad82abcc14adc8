import type { ArticleInput } from '../../src/domain/article';
import type { AnnotatedDoc } from '../doc';
import type { Throughput } from './eval-report';
import type { GoldArticle } from './gold-article';
import { predictionsOf } from './predictions';
import { type ArticleScore, scoreArticle } from './score-article';

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => word.length > 0).length;
}

export function articleInputOf(gold: GoldArticle): ArticleInput {
  return { text: gold.text, title: gold.title, url: gold.url, source: gold.source, publishedAt: gold.publishedAt };
}

/**
 * Annotates every gold article and scores it. The pipeline and the clock come in as arguments
 * so the scorer stays independent of which pipeline is measured; only annotation is timed.
 */
export function runEvaluation(
  golds: readonly GoldArticle[],
  annotate: (input: ArticleInput) => AnnotatedDoc,
  nowMs: () => number,
): { scores: ArticleScore[]; throughput: Throughput } {
  let elapsedMs = 0;
  const scores = golds.map((gold) => {
    const startMs = nowMs();
    const doc = annotate(articleInputOf(gold));
    elapsedMs += nowMs() - startMs;
    return scoreArticle(gold.id, predictionsOf(doc), gold);
  });
  const words = golds.reduce((total, gold) => total + countWords(gold.text), 0);
  return { scores, throughput: { words, seconds: elapsedMs / 1000 } };
}
