// Cases from test/fixtures/eval-entities: real sentences of kinds the dev set lacks (sport, courts,
// tech, science, Chinese, Arabic and Indian names), each the sentence that motivated a rule.
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../ingest/stages/mentions';
import { splitSentences } from '../../../ingest/stages/sentences';
import { articleOf, devText, mentionsOf } from './article-fixture';


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
    {
      why: 'a gazetteer that knows the whole name as a team outweighs its place head "City" (en-01)',
      text: 'Stoke City left the pitch with applause ringing in their ears, their supporters summoning a mixture of defiance and appreciation after a performance that deserved more.',
      expected: ['ORGANIZATION Stoke City'],
    },
    {
      why: 'a team role after a name makes the name the team, even a dictionary word ("Real") (en-03)',
      text: "The LaLiga leaders went ahead in the 33rd minute after Real defender Antonio Rudiger passed across his own area to Barca's Sergio Busquets, who began a move.",
      expected: ['ORGANIZATION LaLiga', 'ORGANIZATION Real', 'PERSON Antonio Rudiger', 'ORGANIZATION Barca', 'PERSON Sergio Busquets'],
    },
    {
      why: 'a generational suffix ends a person\'s name (en-03)',
      text: 'Xavi sprung a surprise as he shifted to play an extra man in midfield, while centre-back Ronald Araujo was deployed at right-back to try to slow down Real\'s electrifying winger Vinicius Junior.',
      expected: ['PERSON Ronald Araujo', 'PERSON Vinicius Junior'],
    },
    {
      why: 'the head of an apposition is its last noun: "the official residence" makes a site, not a person (en-10)',
      text: 'Modi has inducted four new cabinet ministers at a ceremony in Rashtrapati Bhavan, the official residence of the President of India in New Delhi.',
      expected: ['PLACE Rashtrapati Bhavan', 'PLACE New Delhi'],
    },
    {
      why: 'the start of an organisation name used alone is that organisation (en-08)',
      text: '"We were very surprised," said Pierre Heidmann, a Johns Hopkins University physicist who led the study. The new simulations realistically depict an object the Johns Hopkins team calls a topological soliton.',
      expected: ['PERSON Pierre Heidmann', 'ORGANIZATION Johns Hopkins University', 'ORGANIZATION Johns Hopkins'],
    },
    {
      why: 'a lowercase "department" after a name is part of the organisation\'s name (en-06)',
      text: 'The remarks, made in a call with reporters, come hours after the Commerce department published a rule allowing the U.S. government to block shipments of chips to Huawei.',
      expected: ['ORGANIZATION Commerce department', 'PLACE U.S.', 'ORGANIZATION Huawei'],
    },
    {
      why: 'a possessive inside a place name before a place head stays in the name (en-02)',
      text: 'Mark Hughes was aghast at the performance of the officials at St James’ Park and was soon aggrieved as Kevin Friend saw no foul.',
      expected: ['PERSON Mark Hughes', 'PLACE St James’ Park', 'PERSON Kevin Friend'],
    },
    {
      why: 'a month by a number is a date, not an organisation (en-09)',
      text: 'The group, known as OPEC-plus, agreed this year to extend production cuts of 1.2 million barrels per day until March 2020.',
      expected: ['ORGANIZATION OPEC'],
    },
    {
      why: 'a university names its campus with "at", and the head before "of" types the whole name (en-12)',
      text: 'UC Davis Comprehensive Cancer Center researcher Diana Miglioretti joined Danielle Durham, with the Department of Radiology at University of North Carolina at Chapel Hill, and five other researchers on the study.',
      expected: ['ORGANIZATION UC Davis Comprehensive Cancer Center', 'PERSON Diana Miglioretti', 'PERSON Danielle Durham', 'ORGANIZATION Department of Radiology', 'ORGANIZATION University of North Carolina at Chapel Hill'],
    },
    {
      why: 'in a match report a bare town is its club, and a bare unknown name a player (en-01)',
      text: 'Every relegated side can tell a story like this. They lost to a fortunate goal from Christian Eriksen, whose second of the game arrived six minutes after Mame Biram Diouf had equalised via his own piece of luck. The ball continued its flight past Jack Butland, who was almost certainly distracted, and as Tottenham’s celebrations unfolded Kane was eager to inform Eriksen that the final touch was his.',
      expected: ['PERSON Christian Eriksen', 'PERSON Mame Biram Diouf', 'PERSON Jack Butland', 'ORGANIZATION Tottenham', 'PERSON Kane', 'PERSON Eriksen'],
    },
    {
      why: 'in a match report a player named by one word is a person (en-03)',
      text: '"The game started off even, there wasn\'t much rhythm, but after they scored first, they had more confidence. We gifted them the first two goals."\nXavi sprung a surprise as he shifted to play an extra man in midfield, while centre-back Ronald Araujo was deployed at right-back to try to slow down Real\'s electrifying winger Vinicius Junior.\nVinicius was largely anonymous, while playing Gavi through the left channel paid dividends, as the youngster scored the opener and delivered two assists.',
      expected: ['PERSON Ronald Araujo', 'PERSON Vinicius Junior', 'PERSON Vinicius', 'PERSON Gavi'],
    },
    {
      why: 'a score line ("2 STOKE CITY 0") is no unit after a number, so the club is not dropped everywhere; a club in capitals that no dictionary lists is a name, not shouting (en-02)',
      text: 'Tottenham Hotspur manager Tim Sherwood gives instructions during their clash against Stoke City\nTOTTENHAM HOTSPUR 2 STOKE CITY 0: Spurs dominated from the start, though at first it looked as if they might again be foiled by the inept finishing that has afflicted them all season.',
      expected: ['ORGANIZATION Tottenham Hotspur', 'PERSON Tim Sherwood', 'ORGANIZATION Stoke City', 'ORGANIZATION TOTTENHAM HOTSPUR', 'ORGANIZATION STOKE CITY'],
    },
    {
      why: 'a one-word region before a two-word name is the person\'s affiliation, split off (en-10)',
      text: 'Among the cabinet ministers sworn in are a member of the ruling Bharatiya Janata Party (BJP) and the former Chief Minister of the state of Goa Manohar Parrikar, former parliamentarian Suresh Prabhu, BJP\'s national general secretary JP Nadda and Birender Singh, former General Secretary of All India Congress Committee.',
      expected: ['ORGANIZATION Bharatiya Janata Party', 'ORGANIZATION BJP', 'PLACE Goa', 'PERSON Manohar Parrikar', 'PERSON Suresh Prabhu', 'ORGANIZATION BJP', 'PERSON JP Nadda', 'PERSON Birender Singh', 'ORGANIZATION All India Congress Committee'],
    },
    {
      why: 'the modifiers of a person noun ("Ranking Member") belong to the title, not to the committee before it (en-04)',
      text: 'The opinion “imposes a significant hardship on people who want to defend their rights,” House Judiciary Ranking Member Jamie Raskin — House Democrats’ chief legal strategist — said in a statement to NOTUS.',
      expected: ['ORGANIZATION House Judiciary', 'PERSON Jamie Raskin', 'ORGANIZATION Democrats', 'ORGANIZATION NOTUS'],
    },
  ])('$why', ({ text, expected }) => {
    expect(mentionsOf(text)).toEqual(expected);
  });

  it('types a university named like a person by its full name and its staff ("Johns Hopkins physicist Ibrahima Bah") (en-08)', () => {
    const doc = findMentions(splitSentences(articleOf(devText('en-08', 'eval-entities'))));
    const hopkins = doc.mentions.filter((mention) => mention.text.includes('Hopkins'));
    expect(hopkins.map((mention) => `${mention.type} ${mention.text}`)).toEqual([
      'ORGANIZATION Johns Hopkins', 'ORGANIZATION Johns Hopkins University', 'ORGANIZATION Johns Hopkins', 'ORGANIZATION Johns Hopkins', 'ORGANIZATION Johns Hopkins',
    ]);
  });
});
