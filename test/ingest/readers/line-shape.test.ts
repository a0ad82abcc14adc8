import { describe, expect, it } from 'vitest';
import { isChrome, isProse, looksLikeHeadline } from '../../../ingest/readers/line-shape';

describe('isProse', () => {
  it.each([
    // a plain lede sentence
    ['It has emerged that an unmarked PSNI jeep, with Garda Commissioner Drew Harris on board, was damaged when it tried to drive into Garda Headquarters in Dublin.', true],
    // a name-heavy lede: almost half its words are capitalised, still prose
    ['THE Minister of Information and National Orientation, Alhaji Mohammed Idris says the Federal Government is carrying out some reforms to reposition Ministry of Humanitarian Affairs and Poverty Alleviation.', true],
    // a long paragraph whose final period the page lost
    ['On removal of fuel subsidy, the minister, who said nothing good comes easy, added that the government was making effort to address challenges caused by fuel subsidy removal', true],
    // a title-case headline
    ["Map Shows Ukraine's Crippling Strikes on Russia's Microchip Plants", false],
    // a sentence-case headline has no final period
    ['Much of Canada is under a weather alert this weekend: here\'s what to know', false],
    // a caption is a sentence, but too short to be a paragraph
    ['Garda Commissioner Drew Harris.', false],
  ])('%j → %s', (line, expected) => {
    expect(isProse(line)).toBe(expected);
  });
});

describe('isChrome', () => {
  it.each([
    // glued section menu
    ['NewsSportBusinessViewsLifePropertyMotorsTechFarming', true],
    // glued tag links: two acronym-to-word joins in a short line
    ['PSNIGarda HQGarda', true],
    // glued related headlines after a body
    ["Related Articles Europe Can Bypass Trump to Hit Putin's Oil Empire: KallasRussian War Losses Pass Grim 1-Million MilestoneEurope Delivers 'Final Nail' Into Putin Gas Empire's CoffinMette Frederiksen", true],
    // the page addresses its reader
    ['We are thankful for your readership.', true],
    ['By allowing ads to appear on this site, you support the local businesses who, in turn, support local journalism.', true],
    ['© 2022 Bell Media. All rights reserved.', true],
    // "you" inside a quotation is what a person said, not the page
    ['“You heard what the President had said; he has taken a decision.', false],
    // one name with an inner capital is not a glued run
    ['Animal Control director Kim Pettrey said McMinnville residents pay $10 per cat.', false],
  ])('%j → %s', (line, expected) => {
    expect(isChrome(line)).toBe(expected);
  });

  // Why: a paragraph continuing an open quotation has no marks of its own.
  it('does not count "you" in a line that continues an open quotation', () => {
    expect(isChrome('If you look at the figures, they speak for themselves.', true)).toBe(false);
  });
});

describe('looksLikeHeadline', () => {
  it.each([
    ['Calls for clarification surrounding incident involving unmarked PSNI vehicle at Garda HQ', true],
    ['Germany announces new 1.9B euro Ukraine aid boost', true],
    // labels, bylines, credits and lead-ins are not headlines
    ['By Digital Desk staff', false],
    ['- Miami Herald', false],
    ['Background:', false],
    ['2 MIN READ', false],
    // a headline may address the reader
    ["Much of Canada is under a weather alert this weekend: here's what you need to know", true],
    // glued link texts are a menu, whatever their length
    ['NewsSportBusinessViewsLifePropertyMotorsTechFarming', false],
  ])('%j → %s', (line, expected) => {
    expect(looksLikeHeadline(line)).toBe(expected);
  });
});
