import { describe, expect, it } from 'vitest';
import type { NamedEntity, NamedQuote } from '../../../ingest/eval/named-facts';
import { scoreQuotes } from '../../../ingest/eval/score-quotes';

// Sentences from dev-001.
const umierov: NamedEntity = { name: 'Rustem Umierov', type: 'PERSON', aliases: ['Umierov'] };
const zelenskyy: NamedEntity = { name: 'Volodymyr Zelenskyy', type: 'PERSON', aliases: ['Zelenskyy'] };
const ukraine: NamedEntity = { name: 'Ukraine', type: 'PLACE', aliases: [] };
const coalition: NamedEntity = { name: 'Willing Coalition', type: 'ORGANIZATION', aliases: [] };
const entities = [umierov, zelenskyy, ukraine, coalition];
const context = { predicted: entities, gold: entities };

const topic = "The main topic was the involvement of partners in ensuring Ukraine's security arrangements after the end of hostilities.";
const planning = 'We discussed preparations and the state of operational planning to be able to promptly implement and execute the plans of the Willing Coalition in case of cessation of hostilities.';
const goldQuote: NamedQuote = { speaker: 'Rustem Umierov', text: `${topic} ${planning}`, about: ['Ukraine', 'Willing Coalition'] };

describe('scoreQuotes', () => {
  it('scores a perfect prediction as all hits, attributed, with every about name', () => {
    const score = scoreQuotes([goldQuote], [goldQuote], context);
    expect({ tally: score.tally, attributed: score.attributed, about: score.about }).toEqual({
      tally: { hits: 1, spurious: 0, missed: 0 }, attributed: 1, about: { hits: 2, spurious: 0, missed: 0 },
    });
  });

  it('counts a wrong speaker against attribution, not against quote recall', () => {
    const score = scoreQuotes([{ ...goldQuote, speaker: 'Zelenskyy' }], [goldQuote], context);
    expect(score.tally).toEqual({ hits: 1, spurious: 0, missed: 0 });
    expect(score.attributed).toBe(0);
    expect(score.misattributed).toEqual([`Rustem Umierov: "${goldQuote.text}", given to Zelenskyy`]);
    // About is scored over correctly attributed quotes only.
    expect(score.about).toEqual({ hits: 0, spurious: 0, missed: 0 });
  });

  it('matches a speaker given by an alias', () => {
    expect(scoreQuotes([{ ...goldQuote, speaker: 'Umierov' }], [goldQuote], context).attributed).toBe(1);
  });

  it('treats the second part of a split quote as neither hit nor spurious', () => {
    const parts = [{ ...goldQuote, text: topic }, { ...goldQuote, text: planning }];
    expect(scoreQuotes(parts, [goldQuote], context).tally).toEqual({ hits: 1, spurious: 0, missed: 0 });
  });

  it('matches on word Jaccard of at least 0.5 when neither text contains the other', () => {
    const reworded = { ...goldQuote, text: topic.replace('main topic', 'key subject') };
    const gold = { ...goldQuote, text: topic };
    expect(scoreQuotes([reworded], [gold], context).tally.hits).toBe(1);
    const unrelated = { ...goldQuote, text: 'We are making efforts to ensure security in Ukraine and reliable security guarantees.' };
    expect(scoreQuotes([unrelated], [gold], context).tally).toEqual({ hits: 0, spurious: 1, missed: 1 });
  });

  it('gives each gold quote to its best-overlapping prediction first', () => {
    const partial = { ...goldQuote, speaker: 'Zelenskyy', text: topic };
    const full = { ...goldQuote };
    // In prediction order the partial one comes first, but the full text overlaps more.
    const score = scoreQuotes([partial, full], [goldQuote], context);
    expect({ hits: score.tally.hits, attributed: score.attributed }).toEqual({ hits: 1, attributed: 1 });
  });

  it('scores about names by precision and recall', () => {
    const score = scoreQuotes([{ ...goldQuote, about: ['Ukraine', 'Zelenskyy'] }], [goldQuote], context);
    expect(score.about).toEqual({ hits: 1, spurious: 1, missed: 1 });
  });
});
