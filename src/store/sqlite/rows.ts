// Row shapes of the views and tables, and their mapping to the domain. Private to this adapter.
import type { Article } from '../../domain/article';
import type { Entity, EntityType, MergeRecord } from '../../domain/entity';
import type { Event, EventType } from '../../domain/event';
import type { ArticleId, EntityId, EventId, QuoteId, RoleId } from '../../domain/ids';
import type { Mention } from '../../domain/mention';
import type { Provenance } from '../../domain/provenance';
import type { Quote } from '../../domain/quote';
import type { Role } from '../../domain/role';
import { listedAliases } from '../listed-aliases';

export interface ArticleRow {
  id: string; title: string | null; url: string | null; source: string | null;
  published_at: string | null; text: string; content_hash: string;
}
export interface EntityRow { id: string; type: string; name: string; aliases: string; mention_count: number }
interface ProvenanceColumns {
  article_id: string; sentence_index: number; start_offset: number; end_offset: number; sentence: string;
}
export interface MentionRow {
  article_id: string; entity_id: string; count: number; sentence_indexes: string; surface_forms: string;
}
export interface QuoteRow extends ProvenanceColumns { id: string; text: string; speaker_id: string | null; about_ids: string }
export interface RoleRow extends ProvenanceColumns { id: string; person_id: string; title: string; organization_id: string | null }
export interface EventRow extends ProvenanceColumns {
  id: string; type: string; trigger: string; date: string | null; place_id: string | null; participant_ids: string;
}
export interface MergeRow {
  into_id: string; from_id: string | null; name: string; article_id: string | null; reason: string; at: string;
}

export function articleFromRow(row: ArticleRow): Article {
  return {
    id: row.id as ArticleId, title: row.title, url: row.url, source: row.source,
    publishedAt: row.published_at, text: row.text,
  };
}

export function entityFromRow(row: EntityRow): Entity {
  return {
    id: row.id as EntityId,
    type: row.type as EntityType,
    name: row.name,
    aliases: listedAliases(row.name, JSON.parse(row.aliases) as string[]),
    mentionCount: row.mention_count,
  };
}

export function mentionFromRow(row: MentionRow): Mention {
  return {
    entityId: row.entity_id as EntityId,
    articleId: row.article_id as ArticleId,
    count: row.count,
    sentenceIndexes: JSON.parse(row.sentence_indexes) as number[],
    surfaceForms: JSON.parse(row.surface_forms) as string[],
  };
}

function provenanceFromRow(row: ProvenanceColumns): Provenance {
  return {
    articleId: row.article_id as ArticleId, sentenceIndex: row.sentence_index,
    start: row.start_offset, end: row.end_offset, sentence: row.sentence,
  };
}

/** The columns every fact table stores for its provenance, named as the INSERT statements bind them. */
export function provenanceColumns(provenance: Provenance) {
  return {
    article_id: provenance.articleId, sentence_index: provenance.sentenceIndex,
    start_offset: provenance.start, end_offset: provenance.end, sentence: provenance.sentence,
  };
}

export function quoteFromRow(row: QuoteRow): Quote {
  return {
    id: row.id as QuoteId,
    text: row.text,
    speakerId: row.speaker_id as EntityId | null,
    aboutIds: JSON.parse(row.about_ids) as EntityId[],
    provenance: provenanceFromRow(row),
  };
}

export function roleFromRow(row: RoleRow): Role {
  return {
    id: row.id as RoleId,
    personId: row.person_id as EntityId,
    title: row.title,
    organizationId: row.organization_id as EntityId | null,
    provenance: provenanceFromRow(row),
  };
}

export function eventFromRow(row: EventRow): Event {
  return {
    id: row.id as EventId,
    type: row.type as EventType,
    trigger: row.trigger,
    date: row.date,
    placeId: row.place_id as EntityId | null,
    participantIds: JSON.parse(row.participant_ids) as EntityId[],
    provenance: provenanceFromRow(row),
  };
}

export function mergeFromRow(row: MergeRow): MergeRecord {
  return {
    intoId: row.into_id as EntityId,
    fromId: row.from_id as EntityId | null,
    name: row.name,
    articleId: row.article_id as ArticleId | null,
    reason: row.reason,
    at: row.at,
  };
}
