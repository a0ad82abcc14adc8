import { describe, expect, it } from 'vitest';
import { findEvents } from '../../../ingest/stages/events';
import { docAfter, nameOf } from './doc-after';

function eventsIn(text: string, publishedAt: string | null) {
  const doc = findEvents(docAfter('roles', text, publishedAt));
  return doc.events.map((event) => ({
    type: event.type,
    participants: event.participantKeys.map((key) => nameOf(doc, key)),
    place: nameOf(doc, event.placeKey),
    date: event.date,
  }));
}

describe('findEvents', () => {
  it.each([
    {
      why: 'two clauses, two events: the pledge between countries, the meeting in Rome',
      text: "Germany's defense minister on Thursday pledged a new military aid package for Ukraine worth 1.9 billion euros, as European and NATO officials met in Rome to discuss bolstering the bloc's defense and security spending.",
      publishedAt: null,
      events: [
        { type: 'AID', participants: ['Germany', 'Ukraine'], place: null, date: null },
        { type: 'MEETING', participants: ['NATO'], place: 'Rome', date: null },
      ],
    },
    {
      why: '"On Friday 4 April" is dated from the publication date; the visited city is the place',
      text: 'On Friday 4 April, the chiefs of staff of the French and UK militaries visited Kyiv for talks with senior Ukrainian officials.',
      publishedAt: '2025-04-05',
      events: [
        { type: 'VISIT', participants: ['UK'], place: 'Kyiv', date: '2025-04-04' },
        { type: 'MEETING', participants: ['UK', 'Kyiv'], place: null, date: '2025-04-04' },
      ],
    },
    {
      why: 'a bare weekday in past-tense copy is the last one; the speaker makes a dated STATEMENT',
      text: 'Defence Minister Peter Dutton told federal parliament on Monday there were significant personnel and assets around the Lavarack Barracks in Townsville.',
      publishedAt: '2021-08-31',
      events: [{ type: 'STATEMENT', participants: ['Peter Dutton'], place: null, date: '2021-08-30' }],
    },
    {
      why: 'a strike by a union over work is a PROTEST, not an ATTACK (dev-012, "industrial" → "strike")',
      text: 'The Unite union at Warrington Council is taking strike action until 16 October.',
      publishedAt: null,
      events: [{ type: 'PROTEST', participants: ['Warrington Council'], place: null, date: null }],
    },
    {
      why: '"near the town of X" is the place; without a publication date "In May" has no date',
      text: 'In May, Husakova, 37, a mother of eight, lost her mother, sister, and uncle in a Russian drone attack on a van near the town of Bilopillia.',
      publishedAt: null,
      events: [{ type: 'ATTACK', participants: ['Husakova'], place: 'Bilopillia', date: null }],
    },
    {
      why: 'the deaths an attack caused are part of that attack, not a DEATH event of their own',
      text: 'Last week, a Russian drone attack on a van near the town of Bilopillia killed nine people.',
      publishedAt: '2025-06-05',
      events: [{ type: 'ATTACK', participants: [], place: 'Bilopillia', date: '2025-05-29' }],
    },
    {
      why: 'a month with no day gives YYYY-MM; "climate summit" is a meeting in Paris',
      text: 'The U.N. is hoping countries can agree a deal to slow global warming at an upcoming climate summit in Paris in November.',
      publishedAt: '2015-06-02',
      events: [
        { type: 'AGREEMENT', participants: ['U.N.'], place: 'Paris', date: '2015-11' },
        { type: 'MEETING', participants: ['U.N.'], place: 'Paris', date: '2015-11' },
      ],
    },
  ])('$why', ({ text, publishedAt, events }) => {
    expect(eventsIn(text, publishedAt)).toEqual(events);
  });

  it('makes one STATEMENT per quoted speaker, however often they speak', () => {
    const text = '“When he left us in January 2016, there was an amazing immediate outpouring of emotion in the town about it,” Stopps told British media. “It would seem so logical to me,” Stopps said.';
    expect(eventsIn(text, '2018-03-26')).toEqual([{ type: 'STATEMENT', participants: ['Stopps'], place: null, date: null }]);
  });
});
