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

/**
 * Expectations today's extraction misses, each named after its gap; `it.fails` keeps them running,
 * so the day one passes the suite says so and the entry must go.
 */
const KNOWN_GAPS: ReadonlyMap<string, string> = new Map([
  ['page-01 quote There were interventions in th',
    'a quote that is a paragraph of its own, its speaker only in the paragraph before ("According to him, …"): not found'],
  ['page-02 person Ford', '"Premier Ford" / "the Ford government": the person is typed ORGANIZATION'],
  ['page-02 quote We can acknowledge the fact th', '"…," Queen said. — a surname-only attribution after the quote: no quote found'],
  ['page-03 quote Clearly any security incident ', 'a quote opening after "X says …", with no attribution in its own sentence: not found'],
  ['page-03 quote Our understanding, or at least', 'the same gap: a quote continuing a speaker\'s statement from earlier paragraphs'],
  ['page-04 quote I am disappointed over the rec', '"said McMinnville Mayor Jimmy Haley": the speaker becomes the entity "McMinnville Mayor"'],
]);

describe.each(['01', '02', '03', '04'])('page-%s through the whole ingest', (id) => {
  const expected = JSON.parse(readFileSync(`test/fixtures/pages/page-${id}.expect.json`, 'utf8')) as PageExpectation;
  const check = (name: string) => (KNOWN_GAPS.has(`page-${id} ${name}`) ? it.fails : it);
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
    check(`person ${person}`)('is a PERSON entity of the main article', () => {
      expect(mainEntities.filter((entity) => isNamed(entity, person)).map((entity) => entity.type)).toContain('PERSON');
    });
  });

  describe.each(expected.quotes)('quote by $speaker', (quote) => {
    check(`quote ${quote.text.slice(0, 30)}`)(`is found and attributed: "${quote.text.slice(0, 60)}…"`, () => {
      const byId = new Map(allEntities.map((entity) => [entity.id, entity]));
      const speakers = mainQuotes.filter((found) => isSameQuote(found.text, quote.text))
        .map((found) => (found.speakerId === null ? null : byId.get(found.speakerId) ?? null));
      // On failure this lists who the matching quotes went to: [] means the words were not found at all.
      expect(speakers.map((speaker) => (speaker !== null && isNamed(speaker, quote.speaker) ? quote.speaker : speaker?.name ?? null)))
        .toContain(quote.speaker);
    });
  });

  describe.each(expected.notEntities)('page clutter %s', (clutter) => {
    check(`clutter ${clutter}`)('is no entity\'s name or alias', () => {
      expect(allEntities.filter((entity) => isNamed(entity, clutter)).map((entity) => `${entity.type}: ${entity.name}`)).toEqual([]);
    });
  });
});
