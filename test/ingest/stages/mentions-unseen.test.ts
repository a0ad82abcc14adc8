// Cases from test/fixtures/eval-entities: real sentences of kinds the dev set lacks (sport, courts,
// tech, science, Chinese, Arabic and Indian names), each the sentence that motivated a rule.
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../ingest/stages/mentions';
import { splitSentences } from '../../../ingest/stages/sentences';
import { articleOf } from './article-fixture';

const mentionsOf = (text: string): string[] =>
  findMentions(splitSentences(articleOf(text))).mentions.map((mention) => `${mention.type} ${mention.text}`);

describe('findMentions on unseen kinds of text', () => {
  it.each([
    {
      why: 'a country name that starts with a demonym keeps it (en-09)',
      text: 'ABU DHABI, United Arab Emirates — Saudi Arabia’s new energy minister suggested on Monday that oil producers would need to share greater responsibility to balance the market.',
      expected: ['PLACE ABU DHABI', 'PLACE United Arab Emirates', 'PLACE Saudi Arabia'],
    },
    {
      why: 'a plural title ("Attorneys General") names no one (en-04)',
      text: 'In turn, state attorneys general are now “in the unique position of retaining the ability to secure injunctions that protect the rights of all, underscoring the fundamental role state Attorneys General can and must continue to play in defending the rights of the people,” Jamie Raskin continued.',
      expected: ['PERSON Jamie Raskin'],
    },
    {
      why: 'a common word after an opening bracket starts a phrase, not a name (en-06)',
      text: 'The remarks come hours after the rule, ratcheting up tensions between Washington and Beijing. (Reporting by Alexandra Alper and David Shepardson in Washington and Karen Freifeld in New York; Editing by Dan Grebler)',
      expected: ['PLACE Washington', 'PLACE Beijing', 'PERSON Alexandra Alper', 'PERSON David Shepardson', 'PLACE Washington', 'PERSON Karen Freifeld', 'PLACE New York', 'PERSON Dan Grebler'],
    },
    {
      why: '"US" in capitals is the country, not the pronoun (en-07)',
      text: 'When asked to comment on reports that the US insisted on contacts with Chinese officials, the diplomat stated that the two countries continued their dialogue.',
      expected: ['PLACE US'],
    },
    {
      why: 'an interjection capitalised inside a name is a surname ("Bah") (en-08)',
      text: 'Inspired by those findings, the team set out to explore the possibility of other objects, said co-author and physicist Ibrahima Bah.',
      expected: ['PERSON Ibrahima Bah'],
    },
    {
      why: 'a lone capital letter is a model name, not an organisation (en-05)',
      text: 'Those sales included the iPhone 8 and 8 Plus, but not the iPhone X. With the latter’s launch today, the company releases its biggest leap forward in mobile tech.',
      expected: [],
    },
    {
      why: 'a known place before a colon is a dateline (en-11)',
      text: 'DUBAI: Saudi Arabia has called an urgent meeting of oil exporters, to discuss restoring the “desired balance” in global energy markets.',
      expected: ['PLACE DUBAI', 'PLACE Saudi Arabia'],
    },
    {
      why: 'the name in brackets after a dateline is the agency, even when its first word spells a given name (en-10)',
      text: 'NEW DELHI, November 9 (RIA Novosti) — Indian Prime Minister Narendra Modi inducted a total of 21 new ministers on Sunday, a RIA Novosti correspondent reported.',
      expected: ['PLACE NEW DELHI', 'ORGANIZATION RIA Novosti', 'PERSON Narendra Modi', 'ORGANIZATION RIA Novosti'],
    },
    {
      why: 'a line of names with a few lowercase words is no headline: "Telegram" stays a name (dev-001), while a Title Case teaser capitalises common words (en-10)',
      text: 'President Volodymyr Zelenskyy has announced progress.\nSource: Zelenskyy on Telegram; Ukraine\'s Defence Minister Rustem Umierov\nRajiv Pratap Rudy and Mahesh Sharma were inducted as state ministers.\nModi Vows to Bring Black Money Back to India: Reports',
      expected: ['PERSON Volodymyr Zelenskyy', 'PERSON Zelenskyy', 'ORGANIZATION Telegram', 'PLACE Ukraine', 'PERSON Rustem Umierov', 'PERSON Rajiv Pratap Rudy', 'PERSON Mahesh Sharma', 'PLACE India'],
    },
  ])('$why', ({ text, expected }) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});
