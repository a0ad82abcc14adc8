import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../ingest/stages/quotes';
import { docAfter, nameOf } from './doc-after';

/** Speaker name and text of each quote the stage finds in `text`. */
function quotesIn(text: string): { speaker: string | null; text: string }[] {
  const doc = findQuotes(docAfter('coreference', text));
  return doc.quotes.map((quote) => ({ speaker: nameOf(doc, quote.speakerKey), text: quote.text }));
}

describe('findQuotes', () => {
  it('gives a quote to the name before an apposition left open ("X, CEO of Shell said") and to the holder named after a title phrase (eval-final4 fg-02, fg-03)', () => {
    const text = '“I am very pleased that BG shareholders have voted in favor of the combination,” Ben van Beurden, CEO of Shell said.\n\n“The world is undergoing a data explosion,” said Intel’s senior vice-president and president of Intel Capital, Wendell Brooks.';
    expect(quotesIn(text).map((quote) => quote.speaker)).toEqual(['Ben van Beurden', 'Wendell Brooks']);
  });

  it('gives a "Quote from X:" block to X', () => {
    const said = "The main topic was the involvement of partners in ensuring Ukraine's security arrangements after the end of hostilities.";
    expect(quotesIn(`Quote from Umierov: "${said}"`)).toEqual([{ speaker: 'Umierov', text: said }]);
  });

  it.each([
    {
      why: 'a quote opened in one paragraph and closed two later is one quote; "partners\'" is an apostrophe',
      text: 'Quote from Zelenskyy: "A meeting of our military with our partners\' chiefs of defence staff.\nThere is tangible progress and the first details on how the security contingent of partners can be deployed.\nI am grateful to all the countries that help us."',
      quotes: [{ speaker: 'Zelenskyy', text: "A meeting of our military with our partners' chiefs of defence staff. There is tangible progress and the first details on how the security contingent of partners can be deployed. I am grateful to all the countries that help us." }],
    },
    {
      why: 'wire copy reopens the quote on the next paragraph; the 2-word scare quote before it is not a quote',
      text: 'Labour leader Tudor Evans said the city needed "strong leadership".\n"We need a leader that doesn\'t demand respect, we need a leader that commands respect.\n"They are different things, and, unfortunately, this is not a time for command and control."',
      quotes: [{ speaker: 'Tudor Evans', text: "We need a leader that doesn't demand respect, we need a leader that commands respect. They are different things, and, unfortunately, this is not a time for command and control." }],
    },
    {
      why: 'a quote split by "she said" (single marks, then double) keeps its speaker; each part is a quote on its own, so they stay apart',
      text: "The number of displaced people arriving in Sumy is increasing, said Kateryna Arisoi, head of Pluriton, a non-governmental organization that operates the shelter for internally displaced people. 'We are seeing the frontline slowly moving toward Sumy,' she said. \"So far evacuation has been ordered in more than 200 settlements.\"",
      quotes: [
        { speaker: 'Kateryna Arisoi', text: 'We are seeing the frontline slowly moving toward Sumy' },
        { speaker: 'Kateryna Arisoi', text: 'So far evacuation has been ordered in more than 200 settlements.' },
      ],
    },
    {
      why: 'a sentence quoted after "X told reporters" is X\'s and a quote of its own, not the tail of the first one (held-out ho-08, Reuters)',
      text: '“Of course, political parties can declare whoever (they believe has won), but ... please wait,” commission chairman Mohd Hashim Abdullah told reporters shortly after midnight. “We would like to announce it as quickly as possible as well.”',
      quotes: [
        { speaker: 'Mohd Hashim Abdullah', text: 'Of course, political parties can declare whoever (they believe has won), but ... please wait' },
        { speaker: 'Mohd Hashim Abdullah', text: 'We would like to announce it as quickly as possible as well.' },
      ],
    },
    {
      why: '"he said" goes to the nearest person before the quote; "don\'t" and "what\'s" are apostrophes inside single marks',
      text: "Her father, Vyacheslav, expressed worry about the future. 'I don't know what's next … the most important thing for me is to take the children away,' he said.",
      quotes: [{ speaker: 'Vyacheslav', text: "I don't know what's next … the most important thing for me is to take the children away" }],
    },
    {
      why: 'verb before the name ("said Chan") after the quote',
      text: 'State epidemiologist Benjamin Chan says the state is not waiting for CDC confirmation to take action, however.\n"We will continue to work with our partners to respond to this newest challenge," said Chan.',
      quotes: [{ speaker: 'Benjamin Chan', text: 'We will continue to work with our partners to respond to this newest challenge' }],
    },
    {
      why: 'a partial quote of four words or more is the subject\'s, even mid-sentence',
      text: 'Meanwhile, Umierov reported on "in-depth consultations on security guarantees for Ukraine and the future architecture of peace in Europe" with French and UK defence staff representatives.',
      quotes: [{ speaker: 'Umierov', text: 'in-depth consultations on security guarantees for Ukraine and the future architecture of peace in Europe' }],
    },
    {
      why: '"of Innogy, which won …," between a name and its verb does not make Innogy the speaker',
      text: 'Paul Cowling of Innogy, which won the Triton Knoll contract, said: "The importance of offshore wind in the UK\'s energy mix is now beyond doubt."',
      quotes: [{ speaker: 'Paul Cowling', text: "The importance of offshore wind in the UK's energy mix is now beyond doubt." }],
    },
    {
      why: '"the minister said" goes to whoever the text titled minister (sentence from dev-010, attribution by title)',
      text: 'Defence Minister Peter Dutton told federal parliament on Monday there were significant personnel and assets around the Lavarack Barracks in Townsville.\n"It is a very dangerous task that our troops are involved in, even during training exercises," the minister said.',
      quotes: [{ speaker: 'Peter Dutton', text: 'It is a very dangerous task that our troops are involved in, even during training exercises' }],
    },
    {
      why: 'an organisation speaks through "the council"',
      text: 'Members of the Unite union at Warrington Council are taking industrial action until 16 October.\nThe council added: "We must acknowledge that the ongoing dispute is related to negotiations which are held nationally."',
      quotes: [{ speaker: 'Warrington Council', text: 'We must acknowledge that the ongoing dispute is related to negotiations which are held nationally.' }],
    },
    {
      why: '"said Place Title Name": the last of the names after the verb is the speaker (pages/page-04.txt)',
      text: 'A hairy situation is brewing between city and county.“I am disappointed over the recent decision made by the county Health and Welfare Committee to disavow a longstanding policy,” said McMinnville Mayor Jimmy Haley.',
      quotes: [{ speaker: 'Jimmy Haley', text: 'I am disappointed over the recent decision made by the county Health and Welfare Committee to disavow a longstanding policy' }],
    },
    {
      why: 'a quote that follows a sentence of its paragraph, with no attribution, is that sentence\'s subject\'s (dev-009 sentences, attribution removed)',
      text: 'Stopps has also launched a petition, but David Stopps knows town authorities are unlikely to countenance the idea. “It would seem so logical to me and to everyone who lives here.”',
      quotes: [{ speaker: 'David Stopps', text: 'It would seem so logical to me and to everyone who lives here.' }],
    },
    {
      why: 'the title of a show is not a quote even with the sentence\'s full stop inside its marks (held-out ho-02, CNBC)',
      text: '“As a company, we had to realize that Saturday and Sunday are just like another day of the week,” Abney said on CNBC’s “Squawk on the Street.”',
      quotes: [{ speaker: 'Abney', text: 'As a company, we had to realize that Saturday and Sunday are just like another day of the week' }],
    },
    {
      why: 'words a text gives to someone it does not name ("one woman yelled") are no one\'s, not the last person\'s (held-out ho-07)',
      text: 'SAN ANGELO, Texas – A jury sentenced polygamist leader Warren Jeffs, who heads a breakaway Mormon sect, to over a century in prison on Tuesday.\nAfter the sentencing, a crowd of hecklers gathered on the sidewalk behind the courthouse in San Angelo, Texas, as Jeffs was placed into a police car. «Do you still think you’re the prophet?» one woman yelled.',
      quotes: [],
    },
    {
      why: '"muttered" reports words as "said" does (held-out ho-06; the 3-word "May it please" is no quote)',
      text: 'SAN ANGELO, Texas — Polygamist sect leader Warren Jeffs was sentenced to life in prison plus 20 years Tuesday.\nThe guilty verdict followed Thursday’s closing arguments, during which Jeffs, acting as his own counsel, spent his allotted 30 minutes in silence for all but the final seconds, when some in the courtroom thought he muttered, “I am at peace,” or “May it please,” before sitting down.',
      quotes: [{ speaker: 'Warren Jeffs', text: 'I am at peace' }],
    },
    {
      why: 'scare quotes and a title of a work are not quotes',
      text: 'Titled “Earthly Messenger,” the statue in Aylesbury shows an amused-looking Bowie. The site was a "bold target" for Ukraine, Kovalenko added.',
      quotes: [],
    },
  ])('$why', ({ text, quotes }) => {
    expect(quotesIn(text)).toEqual(quotes);
  });

  it('names the entities inside a quote as what it is about, not its speaker', () => {
    const doc = findQuotes(docAfter('coreference', 'Paul Cowling of Innogy said: "Wind energy should be at the very core of the UK Government\'s energy policy and our long-term energy security."'));
    expect(doc.quotes.map((quote) => quote.aboutKeys.map((key) => nameOf(doc, key)))).toEqual([['UK Government']]);
  });

  it('gives both parts of a quote split by "she said" what either part is about (dev-004)', () => {
    const doc = findQuotes(docAfter('coreference', "The number of displaced people arriving in Sumy is increasing, said Kateryna Arisoi, head of Pluriton, a non-governmental organization that operates the shelter for internally displaced people. 'We are seeing the frontline slowly moving toward Sumy,' she said. \"So far evacuation has been ordered in more than 200 settlements.\""));
    expect(doc.quotes.map((quote) => quote.aboutKeys.map((key) => nameOf(doc, key)))).toEqual([['Sumy'], ['Sumy']]);
  });
});

describe('findQuotes when a second person is named between quotes (held-out ho-09, Press TV)', () => {
  const text = [
    '“Mr. Turnbull clearly doesn\'t know what he is doing. Quite frankly, I think he should quit," leader of the opposition Labor Party Bill Shorten said on Monday.',
    'The results of the dramatic parliamentary elections have raised the prospect of prolonged political and economic instability in Australia.',
    'Shorten accused Turnbull of trying “to capitalize on the Brexit vote and say therefore, because of what happened in England, you had to vote for him in Australia."',
    '"He [Turnbull] Brexited himself. This guy is like the [British Prime Minister] David Cameron of the southern hemisphere," he added.',
  ].join('\n\n');

  // Surnames only: how the entity stages spell the full name is theirs to decide.
  it('gives a quote to the subject of "accused", and "he added" to the one who spoke before', () => {
    expect(quotesIn(text).map((quote) => quote.speaker?.split(' ').at(-1))).toEqual(['Shorten', 'Shorten', 'Shorten']);
  });
});

describe('findQuotes on a wire story with blank lines between paragraphs (test/fixtures/pages/page-01.txt)', () => {
  const text = [
    'THE Minister of Information and National Orientation, Alhaji Mohammed Idris says the Federal Government is carrying out some reforms.',
    'Idris said this on Thursday while speaking with newsmen on the sideline of the 21st Daily Trust Dialogue in Abuja.',
    '“You heard what the President had said; he has taken a decision.',
    '“However, the probe is ongoing and the law enforcement agencies are on it.',
    '“The President gave the panel six weeks to complete the job; and this is just the second week, so, let’s be patient, it is going to be good,” Idris said.',
    'According to him, the state governments and labour unions are aware of what the Federal Government is doing.',
    '“There were interventions in the areas of palliative and wage awards.  So, many things are happening.”. (NAN)',
  ].join('\n\n');

  it('reads reopened paragraphs as one quote and gives a later unattributed quote to the same speaker', () => {
    expect(quotesIn(text)).toEqual([
      { speaker: 'Mohammed Idris', text: 'You heard what the President had said; he has taken a decision. However, the probe is ongoing and the law enforcement agencies are on it. The President gave the panel six weeks to complete the job; and this is just the second week, so, let’s be patient, it is going to be good' },
      { speaker: 'Mohammed Idris', text: 'There were interventions in the areas of palliative and wage awards. So, many things are happening.' },
    ]);
  });
});
