import type { ManagedTransaction } from 'neo4j-driver';
import type { ArticleGraph } from '../../domain/article-graph';
import type { WriteOutcome } from '../port';
import { contentHashOf } from './content-hash';
import { deleteArticleFacts } from './cypher/article-facts';
import {
  insertEvents, insertMentions, insertMergeRecords, insertQuotes, insertRoles, missingEntityIds, upsertArticle,
  upsertEntities,
} from './cypher/write-graph';
import { entitiesByType, factParams, referencedEntityIds } from './graph-params';
import { previousWriteOf, prunePublisherOf } from './previous-write';
import { pruneAndRefreshEntities } from './refresh-entities';

/**
 * A fact naming another article would be stored under it and outlive this article's rewrites and
 * deletion, so such a graph is refused whole.
 */
export function foreignArticleIdIn(graph: ArticleGraph): string | null {
  const named = [
    ...graph.mentions.map((mention) => mention.articleId),
    ...[...graph.quotes, ...graph.roles, ...graph.events].map((fact) => fact.provenance.articleId),
  ];
  return named.find((articleId) => articleId !== graph.article.id) ?? null;
}

/** writeArticle in one managed transaction: delete what the article wrote before, then write the graph. */
export async function writeArticleIn(tx: ManagedTransaction, graph: ArticleGraph): Promise<WriteOutcome> {
  const articleId = graph.article.id;
  const contentHash = contentHashOf(graph);
  const previous = await previousWriteOf(tx, articleId);
  if (previous?.contentHash === contentHash) return { articleId, changed: false };
  if (previous) await tx.run(deleteArticleFacts, { articleId });

  await tx.run(upsertArticle, { article: graph.article, contentHash });
  for (const [type, entities] of entitiesByType(graph)) await tx.run(upsertEntities[type], { articleId, entities });
  const referenced = referencedEntityIds(graph);
  const missing = (await tx.run(missingEntityIds, { entityIds: referenced })).records[0]?.get('missing') as string[];
  if (missing.length > 0) {
    throw new Error(`Article ${articleId} was not written (nothing of it changed): its facts refer to entities `
      + `that are neither in its graph nor stored: ${missing.join(', ')}`);
  }
  const facts = factParams(graph);
  if (facts.mentions.length > 0) await tx.run(insertMentions, { articleId, mentions: facts.mentions });
  if (facts.quotes.length > 0) await tx.run(insertQuotes, { articleId, quotes: facts.quotes });
  if (facts.roles.length > 0) await tx.run(insertRoles, { articleId, roles: facts.roles });
  if (facts.events.length > 0) await tx.run(insertEvents, { articleId, events: facts.events });
  if (facts.merges.length > 0) await tx.run(insertMergeRecords, { articleId, merges: facts.merges });

  const listed = new Set<string>(graph.entities.map((entity) => entity.id));
  await pruneAndRefreshEntities(tx, {
    candidates: previous?.touchedEntityIds ?? [], kept: listed, refresh: [...listed, ...referenced],
  });
  if (previous) await prunePublisherOf(tx, previous);
  return { articleId, changed: true };
}
