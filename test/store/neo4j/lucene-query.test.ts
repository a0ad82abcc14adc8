import { describe, expect, it } from 'vitest';
import { toLuceneQuery, type WeightedFields } from '../../../src/store/neo4j/lucene-query';

const entityFields: WeightedFields = [['name', 2], ['aliasText', 1]];

describe('toLuceneQuery', () => {
  it.each([
    // A name as typed: every word a prefix term, all required, the name field weighted up.
    ['Rustem Umierov', '(name:rustem*^2 OR aliasText:rustem*) AND (name:umierov*^2 OR aliasText:umierov*)'],
    // Diacritics go, as the index's standard-folding analyzer removes them from stored names.
    ['Zelenskyý', '(name:zelenskyy*^2 OR aliasText:zelenskyy*)'],
    // Lucene syntax in the input is dropped with the separators: no field, operator or range survives.
    ['name:Kyiv AND NOT (Moscow~2) [a TO z] "UK', [
      '(name:name*^2 OR aliasText:name*)', '(name:kyiv*^2 OR aliasText:kyiv*)', '(name:and*^2 OR aliasText:and*)',
      '(name:not*^2 OR aliasText:not*)', '(name:moscow*^2 OR aliasText:moscow*)', '(name:2*^2 OR aliasText:2*)',
      '(name:a*^2 OR aliasText:a*)', '(name:to*^2 OR aliasText:to*)', '(name:z*^2 OR aliasText:z*)',
      '(name:uk*^2 OR aliasText:uk*)',
    ].join(' AND ')],
  ])('%s', (search, query) => expect(toLuceneQuery(search, entityFields)).toBe(query));

  it('weights each field as asked, leaving weight 1 implicit', () => {
    expect(toLuceneQuery('microchip', [['title', 3], ['text', 1]])).toBe('(title:microchip*^3 OR text:microchip*)');
  });

  it('gives null for text without a word, which matches nothing', () => {
    expect(['', '   ', '*?~^', '\\ / && || !', '"()"'].map((search) => toLuceneQuery(search, entityFields))).toEqual([null, null, null, null, null]);
  });
});
