import type { EntityId, EventId } from './ids';
import type { Provenance } from './provenance';

export const EVENT_TYPES = [
  'MEETING', 'STATEMENT', 'ATTACK', 'VISIT', 'AID', 'AGREEMENT', 'ELECTION',
  'PROTEST', 'ARREST', 'DEATH', 'EVACUATION', 'OTHER',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** Something that happened, as one article reports it. */
export interface Event {
  readonly id: EventId;
  readonly type: EventType;
  /** The word that signalled the event ("visited", "strike"). */
  readonly trigger: string;
  /** ISO `YYYY-MM-DD` or `YYYY-MM`, when the text lets one work it out. */
  readonly date: string | null;
  readonly placeId: EntityId | null;
  readonly participantIds: readonly EntityId[];
  readonly provenance: Provenance;
}
