import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../ingest/stages/mentions';
import { splitSentences } from '../../../ingest/stages/sentences';
import { articleOf, devText, mentionsOf } from './article-fixture';


describe('findMentions', () => {
  it.each([
    {
      why: 'titles are cut from the name, possessives dropped, and a bare surname takes the type of the full name elsewhere in the article (dev-001)',
      text: 'President Volodymyr Zelenskyy has announced "tangible progress".\nSource: Zelenskyy on Telegram; Ukraine\'s Defence Minister Rustem Umierov',
      expected: ['PERSON Volodymyr Zelenskyy', 'PERSON Zelenskyy', 'ORGANIZATION Telegram', 'PLACE Ukraine', 'PERSON Rustem Umierov'],
    },
    {
      why: 'demonyms and weekdays are no entities, but a demonym starting an organisation name stays in it (dev-001)',
      text: 'On Friday 4 April, the chiefs of staff of the French and UK militaries visited Kyiv for meetings with senior Ukrainian officials.\nOn Saturday, the French General Staff confirmed that during their visit, the chiefs of staff discussed the Ukrainian army\'s needs and objectives with Kyiv.',
      expected: ['PLACE UK', 'PLACE Kyiv', 'ORGANIZATION French General Staff', 'PLACE Kyiv'],
    },
    {
      why: 'an all-caps dateline is a place, the agency in brackets an organisation, and an age apposition marks a person (dev-004)',
      text: 'SUMY (Reuters) -Margaryta Husakova, her broken arm secured in a metal orthopedic fixation device, smoked nervously as she sat on the staircase of a refugee shelter in Sumy, a city in northern Ukraine, contemplating what the future holds. In May, Husakova, 37, a mother of eight, lost her mother, sister, and uncle in a Russian drone attack on a van near the town of Bilopillia, west of Sumy.',
      expected: ['PLACE SUMY', 'ORGANIZATION Reuters', 'PERSON Margaryta Husakova', 'PLACE Sumy', 'PLACE Ukraine', 'PERSON Husakova', 'PLACE Bilopillia', 'PLACE Sumy'],
    },
    {
      why: 'a dateline without a dash is marked by the date after its comma (dev-005)',
      text: "NEW DELHI, June 2 India's earth sciences minister has blamed climate change for a heatwave that has killed 2,500 people.",
      expected: ['PLACE NEW DELHI', 'PLACE India'],
    },
    {
      why: '"on" joins the words of an organisation name, and the dotted acronym before it stays in it (dev-005)',
      text: "The minister's comments affirm warnings from the U.N. Intergovernmental Panel on Climate Change that India will be hit by frequent freak weather patterns if the planet warms.",
      expected: ['ORGANIZATION U.N. Intergovernmental Panel on Climate Change', 'PLACE India'],
    },
    {
      why: 'a sentence-initial common word, a time zone after a clock time and a weekday are no names; road names are places; "into Yate" types Yate everywhere; bare road codes are dropped (dev-007)',
      text: 'Motorists have been warned that the A432 Badminton Road overbridge, which links Bristol with Yate, will close from 19:00 BST on Wednesday.\nThe main diversion northbound is via the B4465 Westerleigh Road up to the A46 and into Yate via the A432.',
      expected: ['PLACE A432 Badminton Road', 'PLACE Bristol', 'PLACE Yate', 'PLACE B4465 Westerleigh Road', 'PLACE Yate'],
    },
    {
      why: 'a party name before a person is an affiliation, split off at the known given name (dev-008)',
      text: 'Speaking in support of Mr Kelly, Conservative Patrick Nicholson said it was the wrong time to bring the vote.',
      expected: ['PERSON Kelly', 'ORGANIZATION Conservative', 'PERSON Patrick Nicholson'],
    },
    {
      why: 'a lowercase region noun joins a place name; a facility after a name marks an organisation (dev-002)',
      text: "Ukraine said on May 21 it had attacked the Bolkhovsky semiconductor plant in Russia's Oryol region, southwest of Moscow, with ten drones.",
      expected: ['PLACE Ukraine', 'ORGANIZATION Bolkhovsky', 'PLACE Russia', 'PLACE Oryol region', 'PLACE Moscow'],
    },
    {
      why: 'names used for missiles are products everywhere in the article, not organisations (dev-002)',
      text: 'Russia has frequently fired Iskander missiles at Ukraine and debuted the Kinzhal, one of the Kremlin\'s "next generation" weapons. Kyiv described the site as a key supplier for producing Iskander and Kinzhal missiles.',
      expected: ['PLACE Russia', 'PLACE Ukraine', 'ORGANIZATION Kremlin', 'PLACE Kyiv'],
    },
    {
      why: 'non-English letters and a one-letter particle stay in a name; an owner of a spokesman is an organisation (page-03)',
      text: "Sinn Féin's justice spokesman Donnchadh Ó Laoghaire says the matter raises serious questions and Drew Harris owes the public an explanation.",
      expected: ['ORGANIZATION Sinn Féin', 'PERSON Donnchadh Ó Laoghaire', 'PERSON Drew Harris'],
    },
    {
      why: 'a hyphenated given name is one word; a place before a person noun is not an organisation (dev-008)',
      text: 'His suspension followed the death of Plymouth teenager Bobbi-Anne McLeod.\nThe vote was called by the leader of Plymouth City Council.',
      expected: ['PLACE Plymouth', 'PERSON Bobbi-Anne McLeod', 'ORGANIZATION Plymouth City Council'],
    },
    {
      why: 'a lone place word takes its type from a list it ends: all three follow "in" (dev-012)',
      text: 'The council has advised residents to take waste to community recycling centres in Woolston, Gatewarth and Sandy Lane.',
      expected: ['PLACE Woolston', 'PLACE Gatewarth', 'PLACE Sandy Lane'],
    },
    {
      why: 'a title inside a run splits off the place before it; "and" joins the halves of one committee name (page-04)',
      text: '“I am disappointed over the recent decision made by Commissioner Michael Martin and the county Health and Welfare Committee to disavow a longstanding policy by ordering its Animal Control director not to accept cats from Warren County taxpayers who live inside the city, without attaching a $10 fee,” said McMinnville Mayor Jimmy Haley.',
      expected: ['PERSON Michael Martin', 'ORGANIZATION Health and Welfare Committee', 'ORGANIZATION Animal Control', 'PLACE Warren County', 'PLACE McMinnville', 'PERSON Jimmy Haley'],
    },
    {
      why: 'scraper-glued menu words and a byline date are no names (page-03)',
      text: ' date 2019-04-07 NewsSportBusinessViewsLifePropertyMotorsTechFarming\nCalls for clarification surrounding incident involving unmarked PSNI vehicle at Garda HQ',
      expected: ['ORGANIZATION PSNI', 'PLACE Garda HQ'],
    },
    {
      why: 'the remit after "member for" is a post, not an organisation or place; a person noun after a comma still types the name (dev-007)',
      text: 'Cabinet member for Communities and Local Place, councillor Leigh Ingham said: "We are supporting National Highways with the diversion route."',
      expected: ['PERSON Leigh Ingham', 'ORGANIZATION National Highways'],
    },
    {
      why: 'a closing quote does not start a sentence, so a name beginning with a common word ("Harsh") stays whole (dev-005)',
      text: '"Let us not fool ourselves that there is no connection between the unusual number of deaths from the ongoing heat wave and the certainty of another failed monsoon," Harsh Vardhan said.',
      expected: ['PERSON Harsh Vardhan'],
    },
    {
      why: 'American copy abbreviates titles with a period: "Lt. Gen." and "Mr." are still titles, cut from the name (dev-010 as a US wire would print it)',
      text: 'Chief of Army Lt. Gen. Rick Burr expressed condolences to the soldiers’ families. “That’s very sad news for our country to learn,” Mr. Dutton said.',
      expected: ['PERSON Rick Burr', 'PERSON Dutton'],
    },
  ])('$why', ({ text, expected }) => {
    expect(mentionsOf(text)).toEqual(expected);
  });

  it('gives offsets that cut the mention text out of the article and the sentence it is in (dev-002)', () => {
    const doc = findMentions(splitSentences(articleOf(devText('dev-002'))));
    expect(doc.mentions.map((mention) => doc.text.slice(mention.start, mention.end))).toEqual(doc.mentions.map((mention) => mention.text));
    const sentenceOf = (start: number) => doc.sentences.find((sentence) => sentence.start <= start && start < sentence.end)?.index;
    expect(doc.mentions.map((mention) => sentenceOf(mention.start))).toEqual(doc.mentions.map((mention) => mention.sentenceIndex));
  });
});
