// Page shapes met on other sites than the fixtures, each reduced to the lines that matter,
// with their real text.
import { describe, expect, it } from 'vitest';
import { readScrapedPage } from '../../../ingest/readers/scraped-page';

const juba = [
  'JUBA, Dec 23 (Reuters) - South Sudan’s government remains in control of the country’s oil fields and will not accept a rebel demand for politicians detained by the authorities over a “foiled coup” to be freed for peace talks to start, the information minister said on Monday.',
  'Former Vice-President Riek Machar said on Monday his rebel forces were in control of all the major oil fields in Unity and Upper Nile states and that he was open to dialogue with Juba but only if his political allies were released from detention.',
  '“There is no way we will release anybody who is accused of a coup d‘etat,” Information Minister Michael Makuei told Reuters by telephone, while also dismissing Machar’s comments about controlling South Sudan’s oil fields as “wishful thinking”.',
];

describe('a wire story under a navigation rail', () => {
  const page = [
    'Energy & Environment',
    'Why consumers pay the price for hurricane fuel shortages',
    'PicturesReuters TV',
    '#Energy',
    'December 23, 2013 / 5:51 PM / 4 years ago',
    '',
    'South Sudan minister denies rebels control oil fields',
    '',
    'Reuters Staff',
    '',
    '1 Min Read',
    '',
    juba[0],
    '',
    juba[1],
    '',
    `${juba[2]} (Writing by Drazen Jorgic; Editing by Edmund Blair and David Evans)`,
    '',
    'Our Standards:The Thomson Reuters Trust Principles.',
  ].join('\n');
  const [article] = readScrapedPage(page, 'juba.txt').articles;

  // Why: a teaser headline in the rail is longer, but the story's own headline sits nearest its body.
  it('takes the headline nearest the body, not a longer teaser in the rail above', () => {
    expect(article?.title).toBe('South Sudan minister denies rebels control oil fields');
  });

  it('drops the desk credits that close the story', () => {
    expect(article?.text).toBe(juba.join('\n'));
  });

  it('names the wire service of the dateline when the page credits no publisher', () => {
    expect(article?.source).toBe('Reuters');
  });

  it('dates the story from the timestamp above its headline', () => {
    expect(article?.publishedAt).toBe('2013-12-23');
  });
});

describe('a story with an ad slot between paragraphs', () => {
  const page = ['South Sudan minister denies rebels control oil fields', juba[0], 'Advertisement', 'Story continues below', juba[1], juba[2]].join('\n');

  // Why: two short lines in a row usually end a story, but a slot this small sits inside one.
  it('reads on past the slot and leaves it out of the text', () => {
    expect(readScrapedPage(page, 'juba.txt').articles.map((article) => article.text)).toEqual([juba.join('\n')]);
  });
});

describe('a story with a breadcrumb and a font-size widget above it', () => {
  const body = [
    'WILMER – “The mayor must go” was the loudest chant from the crowd of citizens escorted out of the council chambers in Wilmer, Thursday, May 19.',
    'Infuriated with the decisions the council was making, residents started shouting out addressing the mayor and council during action items on the agenda.',
    'Mayor Jeff Steele gave notice to citizens before asking police to escort the unruly out of the council chambers.',
    'Councilman Matias Leal also resigned.',
    '“He told me after the election results he was going to resign,” said Steele.',
  ];
  const page = [
    "Home | News | 'The mayor must go'; Citizens upset and unruly after council vote",
    '',
    "'The mayor must go'; Citizens upset and unruly after council vote",
    '',
    'By',
    'Font size: Decrease font Enlarge font',
    '',
    body.join('\n\n'),
  ].join('\n');
  const [article] = readScrapedPage(page, 'wilmer.txt').articles;

  it('takes the headline, not the breadcrumb or the widget', () => {
    expect(article?.title).toBe("'The mayor must go'; Citizens upset and unruly after council vote");
  });

  // Why: a one-line paragraph between paragraphs is article text, not a break.
  it('keeps short one-sentence paragraphs inside the body', () => {
    expect(article?.text).toBe(body.join('\n'));
  });
});

describe('a story whose credit follows the body', () => {
  const body = [
    'Minister of Information Jamal Jarrah announced after the second meeting of the ministerial committee responsible for drafting the ministerial statement that said committee "has finalized the statement drafting, as promised by Prime Minister Saad Hariri, and there will be a meeting at 2:00 pm tomorrow to read the final version and approve it."',
    'He noted that "there have been some corrections, additions and eliminations, so the statement has been completed and approved."',
  ];
  const page = ['Sunday, May 26', 'Social Media Profiles:', '', 'Jarrah after ministerial statement meeting: We have finalized statement drafting', '', ...body, '', 'Source: National News Agency', '', 'Related Posts'].join('\n');

  it('reads the publisher from the "Source:" line after the body, and leaves it out of the text', () => {
    const [article] = readScrapedPage(page, 'jarrah.txt').articles;
    expect({ source: article?.source, text: article?.text }).toEqual({ source: 'National News Agency', text: body.join('\n') });
  });
});

describe('a story with a standfirst above its byline', () => {
  // Paragraphs of gold dev-007; the standfirst is its first sentence, as such pages print it.
  const standfirst = 'A bridge taking traffic across the M4 motorway is to close for repairs after inspectors noticed cracks in the structure.';
  const body = [
    'Motorists have been warned that the A432 Badminton Road overbridge, which links Bristol with Yate, will close from 19:00 BST on Wednesday.',
    'Local diversion routes have been put in place.',
  ];
  const page = ['The A432 bridge over M4 to shut after cracks spotted', '', standfirst, '', '12 July 2023', 'Share', '', ...body].join('\n');
  const [article] = readScrapedPage(page, 'bridge.txt').articles;

  it('reads on past the byline block to the rest of the body', () => {
    expect(article?.text).toBe([standfirst, ...body].join('\n'));
  });

  it('dates the story from the timestamp under the standfirst', () => {
    expect(article?.publishedAt).toBe('2023-07-12');
  });
});

describe('a blog post with no headline line', () => {
  const body = [
    'The Public Relations Officer of the command, DSP Ngozi Braide, made the disclosure in an interview with newsmen on Wednesday in Lagos.',
    'She said that the man, name withheld, was arrested on Tuesday at Orile, Lagos by anti-robbery policemen, attached to the Orile Police Station.',
  ];
  const page = [
    'The Police Command in Lagos State has arrested a 38-year-old man for allegedly being in possession of a fresh human.GRAPHIC PHOTO',
    ...body,
    'Culled',
    'No comments:',
    'Post a Comment',
  ].join('\n');

  // Why: a page without a headline still holds a story; it comes out untitled rather than not at all.
  it('yields its prose as one untitled article, the glued photo label split off and dropped', () => {
    expect(readScrapedPage(page, 'lagos.txt').articles.map(({ title, text }) => ({ title, text }))).toEqual([
      {
        title: null,
        text: ['The Police Command in Lagos State has arrested a 38-year-old man for allegedly being in possession of a fresh human.', ...body].join('\n'),
      },
    ]);
  });
});

describe('a paragraph that runs on into a quotation', () => {
  const body = [
    'According to Vanguard, the middle aged man was arrested in Ijapo area of Akure, after some residents in the area suspected him to being an armed robber monitoring the area.',
    'Speaking on the incident, the Ondo state Police spokesman, Femi Joseph,',
    '“We do not want to presume that he is a mad man. There are medical tests he needs to undergo for us to believe him.”',
  ];
  const page = ['Tuesday, 16 February 2016', '', 'Mad Man arrested with 18 ATM cards, jewelry in Ondo', '', ...body, '', 'No comments:', '', 'Post a Comment'].join('\n');

  // Why: the line ending in a comma introduces the quote; dropping it would orphan the quote's speaker.
  it('keeps the line ending in a comma as body text', () => {
    expect(readScrapedPage(page, 'ondo.txt').articles.map((article) => article.text)).toEqual([body.join('\n')]);
  });
});
