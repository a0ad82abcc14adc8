import type { EntityDraft, MentionDraft, ResolvedDoc } from '../doc';

/** A mention together with the entity coreference gave it. */
export interface EntityMention {
  readonly start: number;
  readonly end: number;
  readonly sentenceIndex: number;
  readonly mention: MentionDraft;
  readonly entity: EntityDraft;
}

/** Every mention that belongs to an entity, in text order: the index the fact stages search. */
export function listEntityMentions(doc: ResolvedDoc): EntityMention[] {
  const found: EntityMention[] = [];
  for (const entity of doc.entities) {
    for (const index of entity.mentionIndexes) {
      const mention = doc.mentions[index];
      if (mention === undefined) continue;
      // A mention's text drops a leading title ("President"), so its name starts where that text does.
      const offset = doc.text.slice(mention.start, mention.end).indexOf(mention.text);
      const start = offset > 0 ? mention.start + offset : mention.start;
      found.push({ start, end: mention.end, sentenceIndex: mention.sentenceIndex, mention, entity });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The sentence holding offset `at`, or the last one that starts before it. */
export function sentenceIndexAt(doc: ResolvedDoc, at: number): number {
  let found = 0;
  for (const sentence of doc.sentences) {
    if (sentence.start > at) break;
    found = sentence.index;
  }
  return found;
}
