import type { EntityId, QuoteId } from './ids';
import type { Provenance } from './provenance';

/** Words a named speaker said or wrote, as printed in one article. */
export interface Quote {
  readonly id: QuoteId;
  /** The quoted words without quotation marks; a split quote is joined with a space. */
  readonly text: string;
  /** null: we found the words, not who said them. */
  readonly speakerId: EntityId | null;
  /** Entities named in the quote or clearly its subject. */
  readonly aboutIds: readonly EntityId[];
  readonly provenance: Provenance;
}
