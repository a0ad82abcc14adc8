import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../ingest/stages/sentences';
import { articleOf, devText } from './article-fixture';

const sentencesOf = (text: string): string[] => splitSentences(articleOf(text)).sentences.map((sentence) => sentence.text);

describe('splitSentences', () => {
  it.each([
    {
      why: 'a "Quote from X:" block opens a quote that runs over lines: each line still ends a sentence, and a period inside the open quote ends one too (dev-001)',
      text: 'Quote from Zelenskyy: "A meeting of our military with our partners\' chiefs of defence staff: Admiral Antony Radakin from the UK and General Thierry Burkhard from France. We are making efforts to ensure security in Ukraine and reliable security guarantees.\nThere is tangible progress and the first details on how the security contingent of partners can be deployed.',
      expected: [
        'Quote from Zelenskyy: "A meeting of our military with our partners\' chiefs of defence staff: Admiral Antony Radakin from the UK and General Thierry Burkhard from France.',
        'We are making efforts to ensure security in Ukraine and reliable security guarantees.',
        'There is tangible progress and the first details on how the security contingent of partners can be deployed.',
      ],
    },
    {
      why: 'a label line without a final period is a sentence of its own (dev-001)',
      text: 'Background:\nOn Friday 4 April, the chiefs of staff of the French and UK militaries visited Kyiv for meetings with senior Ukrainian officials.',
      expected: ['Background:', 'On Friday 4 April, the chiefs of staff of the French and UK militaries visited Kyiv for meetings with senior Ukrainian officials.'],
    },
    {
      why: 'a quote closing after the period belongs to the sentence it closes (dev-011)',
      text: '"What we want to convey to people is stay calm, remain calm, and wash your hands," said Congresswoman Annie Kuster. "Most people won\'t be impacted, but it\'s important to take steps to keep you and your family safe."',
      expected: [
        '"What we want to convey to people is stay calm, remain calm, and wash your hands," said Congresswoman Annie Kuster.',
        '"Most people won\'t be impacted, but it\'s important to take steps to keep you and your family safe."',
      ],
    },
    {
      why: '"U.N." before a capitalised name does not end the sentence (dev-005)',
      text: "The minister's comments affirm warnings from the U.N. Intergovernmental Panel on Climate Change that India will be hit by frequent freak weather patterns if the planet warms.",
      expected: ["The minister's comments affirm warnings from the U.N. Intergovernmental Panel on Climate Change that India will be hit by frequent freak weather patterns if the planet warms."],
    },
    {
      why: '"No." is an abbreviation and "1.9" a decimal (dev-005, dev-003)',
      text: "India, the world's No. 3 emitter of greenhouse gases, is under growing pressure. Germany's defense minister on Thursday pledged a new military aid package for Ukraine worth 1.9 billion euros.",
      expected: ["India, the world's No. 3 emitter of greenhouse gases, is under growing pressure.", "Germany's defense minister on Thursday pledged a new military aid package for Ukraine worth 1.9 billion euros."],
    },
    {
      why: 'American copy abbreviates titles and ranks with a period (dev-010 as a US wire would print it)',
      text: 'Chief of Army Lt. Gen. Rick Burr expressed condolences to the soldiers’ families. “That’s very sad news for our country to learn,” Mr. Dutton said.',
      expected: ['Chief of Army Lt. Gen. Rick Burr expressed condolences to the soldiers’ families.', '“That’s very sad news for our country to learn,” Mr. Dutton said.'],
    },
    {
      why: 'a dotted acronym ends the sentence when a typical sentence opener follows (dev-002 wording)',
      text: 'Advanced air defense systems were made in the U.S. The site was a "bold target" for Ukraine, Kovalenko added.',
      expected: ['Advanced air defense systems were made in the U.S.', 'The site was a "bold target" for Ukraine, Kovalenko added.'],
    },
  ])('$why', ({ text, expected }) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it('gives offsets that cut exactly the sentence text out of the article, in order (dev-004)', () => {
    const text = devText('dev-004');
    const { sentences } = splitSentences(articleOf(text));
    expect(sentences.map((sentence) => text.slice(sentence.start, sentence.end))).toEqual(sentences.map((sentence) => sentence.text));
    expect(sentences.map((sentence) => sentence.index)).toEqual(sentences.map((_, i) => i));
    expect(sentences.slice(0, 3).map((sentence) => sentence.text)).toEqual([
      'SUMY (Reuters) -Margaryta Husakova, her broken arm secured in a metal orthopedic fixation device, smoked nervously as she sat on the staircase of a refugee shelter in Sumy, a city in northern Ukraine, contemplating what the future holds.',
      'In May, Husakova, 37, a mother of eight, lost her mother, sister, and uncle in a Russian drone attack on a van near the town of Bilopillia, west of Sumy.',
      'Nine people died in total and Husakova was among the five wounded.',
    ]);
  });
});
