import type { ArticleGraph, EntityWrite } from '../domain/article-graph';
import type { Entity, MergeRecord } from '../domain/entity';
import type { ArticleId, EntityId } from '../domain/ids';
import type { GraphStore } from './port';

/** The aliases one article gave one entity. */
export interface AliasesGiven {
  readonly entityId: EntityId;
  readonly aliases: readonly string[];
}

/** What only the adapter knows about an article's own write: one list per article id, in the order asked. */
export interface ArticleOwnedReads {
  aliasesGivenByArticleIds(ids: readonly ArticleId[]): Promise<AliasesGiven[][]>;
  mergesWrittenByArticleIds(ids: readonly ArticleId[]): Promise<MergeRecord[][]>;
}

type ReadsOfOneArticle = Pick<GraphStore,
  'articlesByIds' | 'entitiesByIds' | 'mentionsByArticleIds' | 'quotesByArticleIds' | 'rolesByArticleIds' | 'eventsByArticleIds'>;
type Facts = Pick<ArticleGraph, 'mentions' | 'quotes' | 'roles' | 'events' | 'merges'>;

/** Every entity id a fact of the graph points at; each must exist before the facts are written. */
export function referencedEntityIds(graph: Facts): EntityId[] {
  return [...new Set([
    ...graph.mentions.map((mention) => mention.entityId),
    ...graph.quotes.flatMap((quote) => [...(quote.speakerId ? [quote.speakerId] : []), ...quote.aboutIds]),
    ...graph.roles.flatMap((role) => [role.personId, ...(role.organizationId ? [role.organizationId] : [])]),
    ...graph.events.flatMap((event) => [...(event.placeId ? [event.placeId] : []), ...event.participantIds]),
    ...graph.merges.map((merge) => merge.intoId),
  ])];
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function entityWrites(ids: readonly EntityId[], given: readonly AliasesGiven[], stored: ReadonlyMap<EntityId, Entity>): EntityWrite[] {
  const aliasesOf = new Map(given.map((row) => [row.entityId, row.aliases] as const));
  return [...ids].sort(byText).flatMap((id) => {
    const entity = stored.get(id);
    if (entity === undefined) return [];
    return [{ id, type: entity.type, name: entity.name, aliases: [...new Set(aliasesOf.get(id) ?? [])].sort(byText) }];
  });
}

/**
 * articleGraphsByIds from the port's own batch reads plus the adapter's two article-owned reads:
 * seven reads for all articles, then one for all the entities they name.
 */
export function createArticleGraphReads(reads: ReadsOfOneArticle, owned: ArticleOwnedReads): GraphStore['articleGraphsByIds'] {
  return async (ids) => {
    const [articles, mentions, quotes, roles, events, aliases, merges] = await Promise.all([
      reads.articlesByIds(ids), reads.mentionsByArticleIds(ids), reads.quotesByArticleIds(ids), reads.rolesByArticleIds(ids),
      reads.eventsByArticleIds(ids), owned.aliasesGivenByArticleIds(ids), owned.mergesWrittenByArticleIds(ids),
    ]);
    const parts = articles.map((article, i) => article && {
      article,
      facts: {
        mentions: [...(mentions[i] ?? [])].sort((a, b) => byText(a.entityId, b.entityId)),
        quotes: quotes[i] ?? [], roles: roles[i] ?? [], events: events[i] ?? [], merges: merges[i] ?? [],
      },
      given: aliases[i] ?? [],
    });
    const entityIdsOf = (part: NonNullable<(typeof parts)[number]>) =>
      [...new Set([...referencedEntityIds(part.facts), ...part.given.map((row) => row.entityId)])];
    const wanted = [...new Set(parts.flatMap((part) => (part ? entityIdsOf(part) : [])))];
    const stored = new Map((await reads.entitiesByIds(wanted)).flatMap((entity) => (entity ? [[entity.id, entity] as const] : [])));
    return parts.map((part) => part && {
      article: part.article,
      entities: entityWrites(entityIdsOf(part), part.given, stored),
      ...part.facts,
    });
  };
}
