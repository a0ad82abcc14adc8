// The four pages from other sites (test/fixtures/pages/README.md), end to end: each file goes through
// the ingest the CLI and npm start use (read → annotate → resolve → write) into a real SQLite store,
// and the graph must hold the people, the attributed quotes and none of the page clutter it expects.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestSourceFile } from '../../ingest/ingest-source';
import type { Entity } from '../../src/domain/entity';
import { foldNameKey } from '../../src/domain/name-key';
import type { Quote } from '../../src/domain/quote';
import type { GraphStore } from '../../src/store/port';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store';

interface PageExpectation {
  readonly title: string;
  readonly people: readonly string[];
  readonly quotes: readonly { readonly speaker: string; readonly text: string }[];
  readonly notEntities: readonly string[];
}

const wordsOf = (text: string): string[] =>
  text.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/u).filter((word) => word.length > 0);

/** The fixture README's match: one text inside the other (words compared), or word Jaccard of 0.5 or more. */
function isSameQuote(found: string, expected: string): boolean {
  const [a, b] = [wordsOf(found).join(' '), wordsOf(expected).join(' ')];
  if (a.length > 0 && b.length > 0 && (a.includes(b) || b.includes(a))) return true;
  const [setA, setB] = [new Set(a.split(' ')), new Set(b.split(' '))];
  const shared = [...setA].filter((word) => setB.has(word)).length;
  return shared / (setA.size + setB.size - shared) >= 0.5;
}

const isNamed = (entity: Entity, name: string): boolean =>
  [entity.name, ...entity.aliases].some((known) => foldNameKey(known) === foldNameKey(name));

describe.each(['01', '02', '03', '04'])('page-%s through the whole ingest', (id) => {
  const expected = JSON.parse(readFileSync(`test/fixtures/pages/page-${id}.expect.json`, 'utf8')) as PageExpectation;
  let store: GraphStore;
  let mainEntities: Entity[];
  let mainQuotes: Quote[];
  let allEntities: Entity[];
  beforeAll(async () => {
    store = await openSqliteStore({ path: ':memory:' });
    const outcome = await ingestSourceFile(store, `test/fixtures/pages/page-${id}.txt`);
    expect(outcome.failures).toEqual([]);
    const articles = await store.listArticles({}, { offset: 0, limit: 100 });
    const main = articles.items.find((article) => article.title === expected.title);
    const [mentions = [], quotes = []] = main === undefined ? [] : [
      (await store.mentionsByArticleIds([main.id]))[0], (await store.quotesByArticleIds([main.id]))[0],
    ];
    mainEntities = (await store.entitiesByIds(mentions.map((mention) => mention.entityId)))
      .filter((entity): entity is Entity => entity !== null);
    mainQuotes = quotes;
    allEntities = (await store.listEntities({}, { offset: 0, limit: 10_000 })).items;
  }, 60_000);
  afterAll(() => store.close());

  describe.each(expected.people)('person %s', (person) => {
    it('is a PERSON entity of the main article', () => {
      expect(mainEntities.filter((entity) => isNamed(entity, person)).map((entity) => entity.type)).toContain('PERSON');
    });
  });

  describe.each(expected.quotes)('quote by $speaker', (quote) => {
    it(`is found and attributed: "${quote.text.slice(0, 60)}…"`, () => {
      const byId = new Map(allEntities.map((entity) => [entity.id, entity]));
      const speakers = mainQuotes.filter((found) => isSameQuote(found.text, quote.text))
        .map((found) => (found.speakerId === null ? null : byId.get(found.speakerId) ?? null));
      // On failure this lists who the matching quotes went to: [] means the words were not found at all.
      expect(speakers.map((speaker) => (speaker !== null && isNamed(speaker, quote.speaker) ? quote.speaker : speaker?.name ?? null)))
        .toContain(quote.speaker);
    });
  });

  describe.each(expected.notEntities)('page clutter %s', (clutter) => {
    it('is no entity\'s name or alias', () => {
      expect(allEntities.filter((entity) => isNamed(entity, clutter)).map((entity) => `${entity.type}: ${entity.name}`)).toEqual([]);
    });
  });
});
