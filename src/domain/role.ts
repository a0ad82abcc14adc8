import type { EntityId, RoleId } from './ids';
import type { Provenance } from './provenance';

/** A position a person holds, as an article states it: "Defence Minister" of Ukraine. */
export interface Role {
  readonly id: RoleId;
  readonly personId: EntityId;
  readonly title: string;
  /** The organisation or country the title belongs to, when the text says so. */
  readonly organizationId: EntityId | null;
  readonly provenance: Provenance;
}
