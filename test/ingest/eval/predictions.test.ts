import { describe, expect, it } from 'vitest';
import { predictionsOf } from '../../../ingest/eval/predictions';
import { countWords, runEvaluation } from '../../../ingest/eval/run-evaluation';
import type { GoldArticle } from '../../../ingest/eval/gold-article';
import { doc, said, text } from '../hand-annotated-doc';

describe('predictionsOf', () => {
  it('replaces entity keys with the entities\' names', () => {
    expect(predictionsOf(doc)).toEqual({
      entities: [
        { name: 'Ukraine', type: 'PLACE', aliases: [] },
        { name: 'Rustem Umierov', type: 'PERSON', aliases: ['Umierov'] },
      ],
      quotes: [{ speaker: 'Rustem Umierov', text: said, about: ['Ukraine'] }],
      roles: [{ person: 'Rustem Umierov', role: 'Defence Minister', org: 'Ukraine' }],
      events: [{ type: 'STATEMENT', participants: ['Rustem Umierov'], place: null, date: null }],
    });
  });
});

describe('runEvaluation', () => {
  it('scores what the given pipeline returns and times annotation only', () => {
    const gold: GoldArticle = { id: 'hand-1', source: null, url: null, title: null, publishedAt: null, text, ...predictionsOf(doc), quotes: [{ speaker: 'Rustem Umierov', text: said, about: ['Ukraine'] }] };
    let clockMs = 0;
    const { scores, throughput } = runEvaluation([gold], () => { clockMs += 250; return doc; }, () => clockMs);
    expect(throughput).toEqual({ words: countWords(text), seconds: 0.25 });
    expect(scores[0]!.entities.missed).toEqual([]);
    expect(scores[0]!.quotes.attributed).toBe(1);
  });
});
