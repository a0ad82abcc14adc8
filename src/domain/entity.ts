import type { ArticleId, EntityId } from './ids';

export const ENTITY_TYPES = ['PERSON', 'ORGANIZATION', 'PLACE'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** A person, organisation or place: one node however many articles name it. */
export interface Entity {
  readonly id: EntityId;
  readonly type: EntityType;
  /** The fullest form seen, e.g. "Volodymyr Zelenskyy". */
  readonly name: string;
  /** Other surface forms seen for the same thing, e.g. "Zelenskyy", "President Zelensky". */
  readonly aliases: readonly string[];
  /** Total mentions across all stored articles. */
  readonly mentionCount: number;
}

/** Why two names became one node: recorded for every merge so it can be explained and undone. */
export interface MergeRecord {
  readonly intoId: EntityId;
  /** The entity that disappeared into `intoId`, when two stored entities were merged. */
  readonly fromId: EntityId | null;
  /** The surface name that was attached to `intoId`. */
  readonly name: string;
  /** The article whose ingest caused the merge, if any. */
  readonly articleId: ArticleId | null;
  readonly reason: string;
  /** ISO 8601 date-time. */
  readonly at: string;
}
