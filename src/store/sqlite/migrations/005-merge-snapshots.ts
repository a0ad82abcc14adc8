// What mergeEntities changed, kept so unmergeEntity can put it back: one JSON snapshot per merge.
// Deleted with the entity merged into; a merge into an entity that was itself merged away later
// can then no longer be undone.
export const mergeSnapshots = `
CREATE TABLE merge_snapshots (
  seq INTEGER PRIMARY KEY,
  into_id TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  snapshot TEXT NOT NULL
);
CREATE INDEX merge_snapshots_by_into ON merge_snapshots (into_id);
`;
