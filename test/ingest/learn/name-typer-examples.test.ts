import { describe, expect, it } from 'vitest';
import type { GoldArticle } from '../../../ingest/eval/gold-article';
import { labelledCandidates } from '../../../ingest/learn/name-typer-examples';

// Hand-made gold in the FORMAT.md shape; the text's sentences are real news shapes.
const gold = (text: string, entities: GoldArticle['entities']): GoldArticle => ({
  id: 't', source: null, url: null, title: null, publishedAt: null, text, entities, quotes: [], roles: [], events: [],
});
const labels = (article: GoldArticle): string[] => labelledCandidates(article).map(({ candidate, gold: label }) => `${candidate.surface}: ${label}`);

describe('labelledCandidates', () => {
  it('labels a name by the gold entity that has it as name or alias, and an unlisted name NONE', () => {
    const article = gold('Opposition leader Peter Dutton spoke in Canberra on Tuesday. The Brand New Life screening sold out.', [
      { name: 'Peter Dutton', type: 'PERSON', aliases: [] },
      { name: 'Canberra', type: 'PLACE', aliases: [] },
    ]);
    expect(labels(article)).toEqual(['Peter Dutton: PERSON', 'Canberra: PLACE', 'Brand New Life: NONE']);
  });

  it('labels a surname the annotator did not list as its person, since coreference makes it an alias', () => {
    const article = gold('Peter Dutton spoke in Canberra. Dutton said the plan would pass.', [
      { name: 'Peter Dutton', type: 'PERSON', aliases: [] },
      { name: 'Canberra', type: 'PLACE', aliases: [] },
    ]);
    expect(labels(article)).toContain('Dutton: PERSON');
  });

  it('leaves out a name whose boundaries are wrong rather than teach that it is no name', () => {
    const article = gold('The bill passed the House of Representatives on Friday.', [
      { name: 'US House of Representatives', type: 'ORGANIZATION', aliases: [] },
    ]);
    expect(labels(article)).toEqual([]);
  });
});
