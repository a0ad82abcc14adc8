// The vocabulary of titles and positions. General English, not fitted to any article: a head
// noun names the position ("minister"), a rank is a military or police grade that a position
// outranks in a title ("Chief of Army Lieutenant General" is the Chief of Army).
import { isEnglishWord } from './names/english-words';

const POSITION_HEADS = `
  president vice-president premier minister chancellor secretary ambassador envoy consul diplomat
  governor mayor senator congressman congresswoman congressperson councillor councilor councilman
  councilwoman alderman lawmaker legislator mp mep assemblyman assemblywoman speaker
  chairman chairwoman chairperson chair director head chief executive ceo cfo coo cto cio founder
  co-founder cofounder owner manager officer official spokesperson spokesman spokeswoman leader
  commander commissioner superintendent sheriff marshal warden judge magistrate prosecutor attorney
  lawyer solicitor barrister coach captain professor lecturer researcher scientist economist
  analyst epidemiologist virologist doctor physician surgeon nurse editor correspondent journalist
  reporter columnist author novelist writer promoter producer singer songwriter actor actress
  rapper musician artist designer architect engineer adviser advisor aide deputy member delegate
  negotiator king queen prince princess emperor monarch pope cardinal archbishop bishop priest
  pastor rabbi imam cleric ayatollah dean principal headteacher headmaster headmistress teacher
  treasurer comptroller auditor registrar clerk activist campaigner organiser organizer candidate
  nominee strategist consultant expert specialist historian investor entrepreneur businessman
  businesswoman banker trader detective constable inspector investigator administrator coordinator
  representative president-elect governor-general premier-elect regent sultan emir sheikh
  footballer striker midfielder defender goalkeeper player chef photographer filmmaker
  employee salesman saleswoman elder justice whip
  `;

/** Positions that "General" follows as part of the title, not as a rank: Attorney General, Secretary General. */
const TAKES_GENERAL = `
  attorney secretary solicitor surgeon inspector director consul postmaster auditor accountant
  governor procurator prosecutor
  `;

const RANKS = `
  general admiral lieutenant colonel major captain sergeant corporal brigadier commodore marshal
  field lt col maj gen capt sgt cpl adm brig
  `;

/** Words that qualify a head inside a title without being names ("Prime", "Deputy"). */
const QUALIFIERS = `
  prime deputy vice acting interim former then first second senior junior chief executive
  managing general principal lead top foreign defence defense interior home finance health
  education justice trade economy energy state federal regional national local city county
  district assistant associate head shadow opposition party union army navy military police
  fire public press communications media research technical commercial operating financial
  parliamentary majority minority
  `;

const words = (list: string) => new Set(list.trim().split(/\s+/));

const POSITION_HEAD_WORDS = words(POSITION_HEADS);
export const RANK_WORDS = words(RANKS);
export const TAKES_GENERAL_WORDS = words(TAKES_GENERAL);
export const QUALIFIER_WORDS = words(QUALIFIERS);

/** Words that end a title phrase when walking away from a name. */
export const TITLE_BOUNDARY_WORDS = words(`
  a an the this that these those and or but nor as by with from to at in on into onto over under
  after before during since until while when where who whom whose which said says told added
  is was are were be been being has have had will would can could should may might must do does
  did not also then than its his her their our your my new
  `);

/**
 * Is `word` (any case) the head of a position or a rank? Besides the list, a dictionary word naming
 * a practitioner ("entomologist", "palaeontologist", "technician") or a prefixed head ("co-chair").
 */
export function isTitleHead(word: string): boolean {
  const lower = word.toLowerCase();
  if (POSITION_HEAD_WORDS.has(lower) || RANK_WORDS.has(lower)) return true;
  const bare = lower.replace(/^(?:co|vice|deputy|acting|assistant)-/, '');
  if (bare !== lower && POSITION_HEAD_WORDS.has(bare)) return true;
  return PRACTITIONER.test(lower) && isEnglishWord(lower);
}
const PRACTITIONER = /(?:ologist|ist|ician|curator|tor)$/;
