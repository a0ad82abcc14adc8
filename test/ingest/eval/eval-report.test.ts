import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { buildEvalReport } from '../../../ingest/eval/eval-report';
import { loadGoldFolder } from '../../../ingest/eval/load-gold';
import { scoreArticle } from '../../../ingest/eval/score-article';

const folder = 'test/fixtures/eval-dev';

describe('buildEvalReport', () => {
  it('scores the dev gold set against itself 1.0 everywhere', async () => {
    const golds = await loadGoldFolder(folder);
    const report = buildEvalReport(golds.map((gold) => scoreArticle(gold.id, gold, gold)), { words: 1000, seconds: 2 });
    const perfect = { precision: 1, recall: 1, f1: 1 };
    expect(report).toEqual({
      articles: 12,
      words: 1000,
      wordsPerSecond: 500,
      entities: { ...perfect, byType: { PERSON: perfect, ORGANIZATION: perfect, PLACE: perfect } },
      quotes: { ...perfect, attribution: 1, endToEndF1: 1 },
      about: { precision: 1, recall: 1 },
      roles: { ...perfect, orgAccuracy: 1 },
      events: { ...perfect, placeAccuracy: 1, dateAccuracy: 1 },
    });
  });

  it('lowers end-to-end F1 but not quote F1 for a misattributed quote', async () => {
    const gold = JSON.parse(await readFile(`${folder}/dev-001.json`, 'utf8'));
    const [first, ...rest] = gold.quotes;
    const predicted = { ...gold, quotes: [{ ...first, speaker: 'Rustem Umierov' }, ...rest] };
    const report = buildEvalReport([scoreArticle('dev-001', predicted, gold)], { words: 0, seconds: 0 });
    expect(report.quotes).toEqual({ precision: 1, recall: 1, f1: 1, attribution: 2 / 3, endToEndF1: 2 / 3 });
  });
});
