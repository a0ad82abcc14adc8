// Words that signal an event, by type. General news vocabulary, matched as whole words.
import type { EventType } from '../../src/domain/event';
import { REPORTED_RESULTS } from './speech-verbs';

const TRIGGERS: Readonly<Record<Exclude<EventType, 'STATEMENT'>, string>> = {
  MEETING: 'met|meet|meets|meeting|meetings|talks|summit|summits|conference|convened|gathered',
  VISIT: 'visit|visits|visited|visiting|toured|trip to|arrived in',
  ATTACK: 'attack|attacks|attacked|attacking|strike|strikes|struck|airstrike|airstrikes|air strike|air strikes'
    + '|shelled|shelling|bombed|bombing|bombings|bombardment|assault|raid|raids|targeted|targeting|invaded|invasion|offensive|shot down',
  AID: 'aid|pledged|pledge|pledges|donated|donation|donations|assistance|aid package',
  AGREEMENT: 'agreed|agreement|agreements|deal|deals|signed|contract|contracts|treaty|accord|ceasefire',
  ELECTION: 'election|elections|elect|elects|elected|re-elected|vote|votes|voted|ballot|referendum|no-confidence',
  PROTEST: 'protest|protests|protested|protesters|protestors|demonstration|demonstrations|rally|rallies|walkout|walk out|industrial action',
  ARREST: 'arrested|arrest|arrests|detained|detention|charged|jailed|custody',
  DEATH: 'died|dies|killed|killing|dead|death|deaths|passed away|fatal|fatalities',
  // OTHER collects newsworthy happenings with no type of their own: openings, closures, inquiries, disasters,
  // court decisions, match results ("a 1-0 win") and a company's reported results.
  OTHER: 'unveiled|unveiling|launched|closed|closure|closures|reopened|investigate|investigating|investigation|inquiry'
    + '|acquired|acquisition|acquisitions|merger|takeover|stepped down|ousted|quit|crashed|collapsed|earthquake|flood|floods|flooding|wildfire|outbreak|tested positive|diagnosed|lawsuit|sued|resigned|resignation|appointed'
    + '|sentenced|sentencing|convicted|acquitted|verdict|found guilty|pleaded guilty|ruled that|dismiss|\\d{1,2}-\\d{1,2}'
    + `|${REPORTED_RESULTS}`,
  EVACUATION: 'evacuation|evacuations|evacuated|evacuate|fled|flee|fleeing',
};

/** "a 17th-minute strike", "a strike from Castel": in a sentence about a match, a strike is a shot at goal. */
const SPORT_CONTEXT = /\b(?:goal|goals|scored|scorer|header|penalty|match|\d+(?:st|nd|rd|th)-minute)\b/i;
/** "a press conference", "a conference call": speaking to the press or by phone is a STATEMENT, not a MEETING. */
const SPEAKING_NOT_MEETING = /(?:\b(?:press|news|media|post-match|post-game)\s+conference$|^conference\s+call\b)/i;
/** "one count of aggravated sexual assault", "charged with assault": a charge names a crime, not an attack reported here. */
const CHARGE_BEFORE = /\b(?:count|counts|charge|charges|charged with|convicted of|guilty of|accused of|suspicion of|sexually|sexual)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** "could be voted out": what might happen has not happened. */
const HYPOTHETICAL_BEFORE = /\b(?:could|would|might|may|should)\s+(?:not\s+)?(?:be\s+|have\s+(?:been\s+)?)?$/i;
const CONTEXT_CHARS = 40;

/** "strike" is a walkout when the sentence is about work and pay, a military attack otherwise. */
const LABOUR_CONTEXT = /\b(?:union|unions|workers|staff|pay|wages?|industrial|walk(?:ed)? out|employees|collectors|nurses|teachers|drivers)\b/i;
const LABOUR_STRIKE = /^(?:strike|strikes)$/i;

export interface Trigger {
  readonly type: Exclude<EventType, 'STATEMENT'>;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const ALL_TRIGGERS = new RegExp(
  `\\b(?:${Object.entries(TRIGGERS).map(([type, words]) => `(?<${type}>${words})`).join('|')})\\b`, 'giu');

/** Every trigger in `text` (offsets relative to it), typed. */
export function findTriggers(text: string): Trigger[] {
  const found: Trigger[] = [];
  for (const match of text.matchAll(ALL_TRIGGERS)) {
    const entry = Object.entries(match.groups ?? {}).find(([, value]) => value !== undefined);
    if (entry === undefined) continue;
    const before = text.slice(Math.max(0, match.index - CONTEXT_CHARS), match.index);
    const isStrike = LABOUR_STRIKE.test(match[0]);
    if (HYPOTHETICAL_BEFORE.test(before) || (isStrike && SPORT_CONTEXT.test(text))) continue;
    const isSpeaking = SPEAKING_NOT_MEETING.test(before + match[0]) || SPEAKING_NOT_MEETING.test(text.slice(match.index, match.index + CONTEXT_CHARS));
    if ((entry[0] === 'MEETING' && isSpeaking) || (entry[0] === 'ATTACK' && CHARGE_BEFORE.test(before))) continue;
    const type = isStrike && LABOUR_CONTEXT.test(text) ? 'PROTEST' : entry[0] as Trigger['type'];
    found.push({ type, text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return found;
}
