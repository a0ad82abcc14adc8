import type { AnnotatedDoc, EntityDraft } from '../../ingest/doc';

// dev-001, by hand: what the pipeline should produce for these two sentences.
export const said = "The main topic was the involvement of partners in ensuring Ukraine's security arrangements after the end of hostilities.";
export const text = `Ukraine's Defence Minister Rustem Umierov\nQuote from Umierov: "${said}"`;
const quoteStart = text.indexOf('"');
const ukraine: EntityDraft = { key: 'e0', type: 'PLACE', name: 'Ukraine', aliases: [], mentionIndexes: [0], gender: null };
const umierov: EntityDraft = { key: 'e1', type: 'PERSON', name: 'Rustem Umierov', aliases: ['Umierov'], mentionIndexes: [1, 2], gender: 'male' };
export const doc: AnnotatedDoc = {
  article: { text, title: null, url: null, source: 'Ukrainska Pravda', publishedAt: '2025-04-05' },
  text,
  sentences: [
    { index: 0, start: 0, end: 41, text: text.slice(0, 41) },
    { index: 1, start: 42, end: text.length, text: text.slice(42) },
  ],
  mentions: [
    { start: 0, end: 7, text: 'Ukraine', sentenceIndex: 0, type: 'PLACE' },
    { start: 27, end: 41, text: 'Rustem Umierov', sentenceIndex: 0, type: 'PERSON' },
    { start: 53, end: 60, text: 'Umierov', sentenceIndex: 1, type: 'PERSON' },
  ],
  entities: [ukraine, umierov],
  quotes: [{ text: said, start: quoteStart, end: text.length, sentenceIndex: 1, speakerKey: 'e1', aboutKeys: ['e0'] }],
  personTitles: [{ person: umierov, title: 'Defence Minister', organization: ukraine, isOwnerStated: true, start: 0, end: 41, sentenceIndex: 0 }],
  roles: [{ personKey: 'e1', title: 'Defence Minister', organizationKey: 'e0', start: 10, end: 26, sentenceIndex: 0 }],
  events: [{ type: 'STATEMENT', trigger: 'Quote', participantKeys: ['e1'], placeKey: null, date: null, start: 42, end: 47, sentenceIndex: 1 }],
};

