import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kyiv, radakin, ukraine, umierov, zelenskyy, moscow } from '../fixtures/sample-graphs';
import { openApp } from './open-app';
import type { StoreUnderTest } from '../store/stores-under-test';

/** The cases of queries.test.ts (SQLite) and queries.neo4j.test.ts. */
export function describeQueries(target: StoreUnderTest): void {
  let served: Awaited<ReturnType<typeof openApp>>;
  beforeAll(async () => {
    served = await openApp({ open: target.open });
  });
  afterAll(() => served.close());

  const person = (id: string) => encodeGlobalID('Person', id);
  const place = (id: string) => encodeGlobalID('Place', id);

  describe('reading the graph', () => {
    it('answers who said what about whom, with the source of each quote', async () => {
      const response = await served.execute(`query($speaker: ID!) {
        quotes(speaker: $speaker) { totalCount edges { node { text speaker { name } about { name } article { source } } } } }`,
      { speaker: person(umierov.id) });
      expect(response).toEqual({
        data: {
          quotes: {
            totalCount: 2,
            edges: [
              { node: { text: 'in-depth consultations on security guarantees for Ukraine and the future architecture of peace in Europe',
                speaker: { name: 'Rustem Umierov' }, about: [{ name: 'Ukraine' }, { name: 'Europe' }], article: { source: 'Ukrainska Pravda' } } },
              { node: { text: "The main topic was the involvement of partners in ensuring Ukraine's security arrangements after the end of hostilities.",
                speaker: { name: 'Rustem Umierov' }, about: [{ name: 'Ukraine' }], article: { source: 'Ukrainska Pravda' } } },
            ],
          },
        },
      });
    });

    it('fetches an entity by id with its roles, quotes, articles and co-mentions', async () => {
      const response = await served.execute(`query($id: ID!) { entity(id: $id) {
        __typename name type aliases mentionCount
        roles { title organization { name } }
        quotesBy(first: 1) { totalCount edges { node { text } } pageInfo { hasNextPage } }
        articles { totalCount edges { node { title } } }
        coMentions(first: 2) { count entity { name } } } }`, { id: person(umierov.id) });
      expect(response.data?.entity).toEqual({
        __typename: 'Person', name: 'Rustem Umierov', type: 'PERSON', aliases: ['Umierov'], mentionCount: 3,
        roles: [{ title: 'Defence Minister', organization: { name: 'Ukraine' } }],
        quotesBy: { totalCount: 2, edges: [{ node: { text: 'in-depth consultations on security guarantees for Ukraine and the future architecture of peace in Europe' } }], pageInfo: { hasNextPage: true } },
        articles: { totalCount: 1, edges: [{ node: { title: 'Zelenskyy announces "tangible progress" on deployment of security contingent by partners' } }] },
        // Everyone in the Pravda article shares one article with Umierov; ties go to the more mentioned (Kyiv and UK: 4 each), then by name.
        coMentions: [{ count: 1, entity: { name: 'Ukraine' } }, { count: 1, entity: { name: 'Kyiv' } }],
      });
    });

    it('pages through a list with cursors, without gaps or repeats', async () => {
      const first = await served.execute('{ quotes(first: 4) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }');
      const page = first.data?.quotes as { totalCount: number; edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
      const second = await served.execute('query($after: String) { quotes(first: 4, after: $after) { edges { node { id } } pageInfo { hasNextPage hasPreviousPage } } }', { after: page.pageInfo.endCursor });
      const rest = second.data?.quotes as { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean } };
      const all = await served.execute('{ quotes(first: 100) { edges { node { id } } } }');
      expect(page.totalCount).toBe(7);
      expect([...page.edges, ...rest.edges]).toEqual((all.data?.quotes as { edges: unknown[] }).edges);
      expect([page.pageInfo.hasNextPage, rest.pageInfo.hasNextPage, rest.pageInfo.hasPreviousPage]).toEqual([true, false, true]);
    });

    it('pages backwards with last and before', async () => {
      const response = await served.execute('{ entities(last: 2, type: PERSON) { edges { node { name } } pageInfo { hasPreviousPage hasNextPage } } }');
      expect(response.data?.entities).toEqual({
        edges: [{ node: { name: 'Antony Radakin' } }, { node: { name: 'Thierry Burkhard' } }],
        pageInfo: { hasPreviousPage: true, hasNextPage: false },
      });
    });

    it('resolves node(id) to the right type and nodes(ids) in order', async () => {
      const response = await served.execute(`query($a: ID!, $b: ID!) {
        node(id: $a) { __typename ... on Entity { name } }
        nodes(ids: [$b, $a]) { __typename ... on Entity { name } } }`, { a: person(zelenskyy.id), b: place(kyiv.id) });
      expect(response.data).toEqual({
        node: { __typename: 'Person', name: 'Volodymyr Zelenskyy' },
        nodes: [{ __typename: 'Place', name: 'Kyiv' }, { __typename: 'Person', name: 'Volodymyr Zelenskyy' }],
      });
    });

    it('filters events by place and articles by mentioned entity and date', async () => {
      const response = await served.execute(`query($kyiv: ID!, $ukraine: ID!) {
        events(place: $kyiv) { edges { node { type date participants { name } sentence } } }
        articles(mentioning: $ukraine, from: "2025-06-01T00:00:00Z") { totalCount edges { node { source } } } }`,
      { kyiv: place(kyiv.id), ukraine: place(ukraine.id) });
      expect(response.data).toEqual({
        events: { edges: [{ node: { type: 'VISIT', date: '2025-04-04', participants: [{ name: 'UK' }, { name: 'France' }],
          sentence: 'On Friday 4 April, the chiefs of staff of the French and UK militaries visited Kyiv for meetings with senior Ukrainian officials.' } }] },
        articles: { totalCount: 2, edges: [{ node: { source: 'Miami Herald' } }, { node: { source: 'Yahoo' } }] },
      });
    });

    it('searches entities, quotes and articles in one ranking', async () => {
      const response = await served.execute('{ search(text: "security guarantees", first: 3) { score item { __typename ... on Quote { text } ... on Article { source } } } }');
      expect(response.data?.search).toEqual([
        { score: 2, item: { __typename: 'Quote', text: 'We are making efforts to ensure security in Ukraine and reliable security guarantees.' } },
        { score: 2, item: { __typename: 'Quote', text: 'in-depth consultations on security guarantees for Ukraine and the future architecture of peace in Europe' } },
        { score: 1.5, item: { __typename: 'Article', source: 'Ukrainska Pravda' } },
      ]);
    });

    it('finds the shortest path between two entities with the articles linking each step', async () => {
      const response = await served.execute(`query($from: ID!, $to: ID!) { path(from: $from, to: $to) {
        hops entities { name } steps { articles { source } } } }`, { from: person(radakin.id), to: place(moscow.id) });
      expect(response.data?.path).toEqual({
        hops: 2,
        entities: [{ name: 'Antony Radakin' }, { name: "Ukraine's military" }, { name: 'Moscow' }],
        steps: [{ articles: [{ source: 'Ukrainska Pravda' }] }, { articles: [{ source: 'Miami Herald' }] }],
      });
    });

    it('counts the graph by type', async () => {
      expect((await served.execute('{ stats { articles people organizations places quotes roles events } }')).data).toEqual({
        stats: { articles: 3, people: 5, organizations: 8, places: 9, quotes: 7, roles: 3, events: 6 },
      });
    });
  });
}
