// Map projections (cypher/projections.ts) to domain records. Row shapes stay private to this adapter.
import type { Article } from '../../domain/article';
import type { Entity, EntityType, MergeRecord } from '../../domain/entity';
import type { Event, EventType } from '../../domain/event';
import type { ArticleId, EntityId, EventId, QuoteId, RoleId } from '../../domain/ids';
import type { Mention } from '../../domain/mention';
import type { Provenance } from '../../domain/provenance';
import type { Quote } from '../../domain/quote';
import type { Role } from '../../domain/role';
import { listedAliases } from '../listed-aliases';
import { toNumber, toNumbers } from './neo4j-values';

type Projected = Record<string, unknown>;

export function toArticle(row: Projected): Article {
  return {
    id: row.id as ArticleId,
    title: row.title as string | null,
    url: row.url as string | null,
    source: row.source as string | null,
    publishedAt: row.publishedAt as string | null,
    text: row.text as string,
  };
}

export function toEntity(row: Projected): Entity {
  const name = row.name as string;
  return {
    id: row.id as EntityId,
    type: row.type as EntityType,
    name,
    aliases: listedAliases(name, (row.aliases as string[] | null) ?? []),
    mentionCount: toNumber(row.mentionCount ?? 0),
  };
}

export function toMention(row: Projected): Mention {
  return {
    entityId: row.entityId as EntityId,
    articleId: row.articleId as ArticleId,
    count: toNumber(row.count),
    sentenceIndexes: toNumbers(row.sentenceIndexes),
    surfaceForms: row.surfaceForms as string[],
  };
}

function toProvenance(row: Projected): Provenance {
  return {
    articleId: row.articleId as ArticleId,
    sentenceIndex: toNumber(row.sentenceIndex),
    start: toNumber(row.start),
    end: toNumber(row.end),
    sentence: row.sentence as string,
  };
}

export function toQuote(row: Projected): Quote {
  return {
    id: row.id as QuoteId,
    text: row.text as string,
    speakerId: row.speakerId as EntityId | null,
    aboutIds: row.aboutIds as EntityId[],
    provenance: toProvenance(row),
  };
}

export function toRole(row: Projected): Role {
  return {
    id: row.id as RoleId,
    personId: row.personId as EntityId,
    title: row.title as string,
    organizationId: row.organizationId as EntityId | null,
    provenance: toProvenance(row),
  };
}

export function toEvent(row: Projected): Event {
  return {
    id: row.id as EventId,
    type: row.type as EventType,
    trigger: row.trigger as string,
    date: row.date as string | null,
    placeId: row.placeId as EntityId | null,
    participantIds: row.participantIds as EntityId[],
    provenance: toProvenance(row),
  };
}

export function toMergeRecord(row: Projected): MergeRecord {
  return {
    intoId: row.intoId as EntityId,
    fromId: row.fromId as EntityId | null,
    name: row.name as string,
    articleId: row.articleId as ArticleId | null,
    reason: row.reason as string,
    at: row.at as string,
  };
}
