import { describe, expect, it } from 'vitest';
import { toFtsQuery } from '../../../src/store/sqlite/fts-query';

describe('toFtsQuery', () => {
  it.each([
    // A name as typed: each word a quoted prefix term, all required.
    ['Rustem Umierov', '"Rustem"* "Umierov"*'],
    // Possessives split where the index tokenizer splits them.
    ["Ukraine's military", '"Ukraine"* "s"* "military"*'],
    // FTS5 operators and parentheses become plain words or vanish.
    ['Umierov AND (', '"Umierov"* "AND"*'],
    ['NEAR(Kyiv', '"NEAR"* "Kyiv"*'],
    // Column filters ("name:") and stray quotes cannot reach the parser.
    ['name:"Kyiv', '"name"* "Kyiv"*'],
    // Letters outside ASCII are words too.
    ['Зеленський', '"Зеленський"*'],
  ])('turns %j into %j', (search, query) => {
    expect(toFtsQuery(search)).toBe(query);
  });

  it.each(['"', '   ', '*', '()', ''])('gives null for %j, which holds no word', (search) => {
    expect(toFtsQuery(search)).toBeNull();
  });
});
