// Words that signal an event, by type. General news vocabulary, matched as whole words.
import type { EventType } from '../../src/domain/event';

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
  // OTHER collects newsworthy happenings with no type of their own: openings, closures, inquiries, disasters.
  OTHER: 'unveiled|unveiling|launched|closed|closure|closures|reopened|investigate|investigating|investigation|inquiry'
    + '|crashed|collapsed|earthquake|flood|floods|flooding|wildfire|outbreak|tested positive|diagnosed|lawsuit|sued|resigned|resignation|appointed',
  EVACUATION: 'evacuation|evacuations|evacuated|evacuate|fled|flee|fleeing',
};

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
  `\\b(?:${Object.entries(TRIGGERS).map(([type, words]) => `(?<${type}>${words})`).join('|')})\\b`, 'gi');

/** Every trigger in `text` (offsets relative to it), typed. */
export function findTriggers(text: string): Trigger[] {
  const found: Trigger[] = [];
  for (const match of text.matchAll(ALL_TRIGGERS)) {
    const entry = Object.entries(match.groups ?? {}).find(([, value]) => value !== undefined);
    if (entry === undefined) continue;
    const type = LABOUR_STRIKE.test(match[0]) && LABOUR_CONTEXT.test(text) ? 'PROTEST' : entry[0] as Trigger['type'];
    found.push({ type, text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return found;
}
