import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/domain/entity';
import { type ArticleId, articleIdFor, entityIdFor, quoteIdFor } from '../../src/domain/ids';
import type { AnnotatedDoc } from '../../ingest/doc';
import { decideMerges } from '../../ingest/resolve/decide-merges';
import { type EntityResolution, mergeRecordsOf } from '../../ingest/resolve/resolve-entities';
import { toArticleGraph } from '../../ingest/write';
import { doc, said, text } from './hand-annotated-doc';

const articleId = articleIdFor({ url: null, text }) as ArticleId;
const at = '2025-04-05T10:00:00.000Z';

function resolve(annotated: AnnotatedDoc, stored: Entity[]): EntityResolution {
  const decisions = decideMerges(annotated.entities, stored);
  return { decisions: new Map(decisions.map((d) => [d.key, d])), merges: mergeRecordsOf(annotated.entities, decisions, articleId, at) };
}

const umierovId = entityIdFor('PERSON', 'Rustem Umierov');
const ukraineId = entityIdFor('PLACE', 'Ukraine');

describe('toArticleGraph', () => {
  const graph = toArticleGraph(doc, resolve(doc, []), articleId);

  it('writes new entities under their own ids with one mention row each', () => {
    expect(graph.entities).toEqual([
      { id: ukraineId, type: 'PLACE', name: 'Ukraine', aliases: [] },
      { id: umierovId, type: 'PERSON', name: 'Rustem Umierov', aliases: ['Umierov'] },
    ]);
    expect(graph.mentions).toEqual([
      { entityId: ukraineId, articleId, count: 1, sentenceIndexes: [0], surfaceForms: ['Ukraine'] },
      { entityId: umierovId, articleId, count: 2, sentenceIndexes: [0, 1], surfaceForms: ['Rustem Umierov', 'Umierov'] },
    ]);
    expect(graph.merges).toEqual([]);
  });

  it('gives each quote its id and the sentence it was read in', () => {
    const start = text.indexOf('"');
    expect(graph.quotes).toEqual([{
      id: quoteIdFor(articleId, start, text.length), text: said, speakerId: umierovId, aboutIds: [ukraineId],
      provenance: { articleId, sentenceIndex: 1, start, end: text.length, sentence: `Quote from Umierov: "${said}"` },
    }]);
  });

  it('links roles and events to the resolved ids', () => {
    expect(graph.roles.map(({ personId, title, organizationId }) => ({ personId, title, organizationId })))
      .toEqual([{ personId: umierovId, title: 'Defence Minister', organizationId: ukraineId }]);
    expect(graph.events.map(({ type, participantIds, placeId }) => ({ type, participantIds, placeId })))
      .toEqual([{ type: 'STATEMENT', participantIds: [umierovId], placeId: null }]);
  });

  it('writes two drafts resolved to one stored person as one entity and one mention', () => {
    // In-article coreference missed that "Umierov" is Rustem Umierov; the store knows both names.
    const split: AnnotatedDoc = {
      ...doc,
      entities: [
        doc.entities[0]!,
        { key: 'e1', type: 'PERSON', name: 'Rustem Umierov', aliases: [], mentionIndexes: [1], gender: 'male' },
        { key: 'e2', type: 'PERSON', name: 'Umierov', aliases: [], mentionIndexes: [2], gender: 'male' },
      ],
    };
    const stored: Entity = { id: umierovId, type: 'PERSON', name: 'Rustem Umierov', aliases: ['Umierov'], mentionCount: 4 };
    const merged = toArticleGraph(split, resolve(split, [stored]), articleId);
    expect(merged.entities.filter((entity) => entity.type === 'PERSON'))
      .toEqual([{ id: umierovId, type: 'PERSON', name: 'Rustem Umierov', aliases: ['Umierov'] }]);
    expect(merged.mentions.find((mention) => mention.entityId === stored.id)?.count).toBe(2);
    expect(merged.merges).toEqual([
      { intoId: umierovId, fromId: null, name: 'Umierov', articleId, reason: 'surname of the only stored person so named', at },
    ]);
  });

  it('keeps the stored name when a draft joins a node under another spelling', () => {
    const stored: Entity = { id: entityIdFor('PERSON', 'Rustem Umiierov'), type: 'PERSON', name: 'Rustem Umiierov', aliases: [], mentionCount: 1 };
    const merged = toArticleGraph(doc, resolve(doc, [stored]), articleId);
    expect(merged.entities[1]).toEqual({ id: stored.id, type: 'PERSON', name: 'Rustem Umiierov', aliases: ['Rustem Umierov', 'Umierov'] });
  });
});
