import { ENTITY_TYPES, type EntityType } from '../../domain/entity';
import type { Page, PageRequest } from '../port';
import { checkPageRequest } from '../page-request';
import type { ListReads } from '../port-parts';
import * as cypher from './cypher/list-reads';
import { toLuceneQuery, type WeightedFields } from './lucene-query';
import { cypherInt, toNumber } from './neo4j-values';
import { toArticle, toEntity, toEvent, toQuote } from './records';
import type { Transactions } from './transactions';

// A match in the name (or title) counts more than one in the aliases (or body).
const entityFields: WeightedFields = [['name', 2], ['aliasText', 1]];
const articleFields: WeightedFields = [['title', 3], ['text', 1]];

/** Paged, filtered lists in the stable orders the port documents; ties end on id so offsets are sound. */
export function createListReads(transactions: Transactions): ListReads {
  // The count and the page come from one read transaction, so they agree with each other.
  async function readPage<Item>(
    query: cypher.ListQuery, params: Record<string, unknown>, page: PageRequest,
    toItem: (row: Record<string, unknown>) => Item,
  ): Promise<Page<Item>> {
    checkPageRequest(page);
    return transactions.read(async (tx) => {
      const total = await tx.run(`${query.match} RETURN count(*) AS total`, params);
      const rows = await tx.run(`${query.match} ${query.page}`, {
        ...params, offset: cypherInt(page.offset), limit: cypherInt(page.limit),
      });
      return {
        items: rows.records.map((record) => toItem(record.get('item'))),
        totalCount: toNumber(total.records[0]?.get('total') ?? 0),
      };
    });
  }
  return {
    async listEntities(filter, page) {
      const type = filter.type ?? null;
      if (filter.search === undefined) {
        return readPage(cypher.listEntities(filter.orderBy === 'NAME' ? 'NAME' : 'MENTION_COUNT'), { type }, page, toEntity);
      }
      const query = toLuceneQuery(filter.search, entityFields);
      if (query === null) return { items: [], totalCount: 0 };
      return readPage(cypher.searchEntities(filter.orderBy ?? 'RELEVANCE'), { query, type }, page, toEntity);
    },
    async listArticles(filter, page) {
      const params = {
        source: filter.source ?? null, mentioning: filter.mentioning ?? null, from: filter.from ?? null, to: filter.to ?? null,
      };
      if (filter.search === undefined) return readPage(cypher.listArticles, params, page, toArticle);
      const query = toLuceneQuery(filter.search, articleFields);
      if (query === null) return { items: [], totalCount: 0 };
      return readPage(cypher.searchArticles, { ...params, query }, page, toArticle);
    },
    listQuotes: (filter, page) => readPage(cypher.listQuotes, {
      speakerId: filter.speakerId ?? null, aboutId: filter.aboutId ?? null, search: filter.search ?? null,
      from: filter.from ?? null, to: filter.to ?? null,
    }, page, toQuote),
    listEvents: (filter, page) => readPage(cypher.listEvents, {
      type: filter.type ?? null, participantId: filter.participantId ?? null, placeId: filter.placeId ?? null,
      from: filter.from ?? null, to: filter.to ?? null,
    }, page, toEvent),
    async counts() {
      const record = (await transactions.read((tx) => tx.run(cypher.counts))).records[0];
      const count = (key: string) => toNumber(record?.get(key) ?? 0);
      const entities = Object.fromEntries(ENTITY_TYPES.map((type) => [type, count(type)])) as Record<EntityType, number>;
      return { articles: count('articles'), quotes: count('quotes'), roles: count('roles'), events: count('events'), entities };
    },
  };
}
