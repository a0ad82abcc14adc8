// Titles written after a name: an apposition ("Kateryna Arisoi, head of Pluriton") or a
// copula ("Richard Bingley has been elected the new leader of Plymouth City Council").
import type { EntityDraft, PersonTitle } from '../doc';
import { countryOfDemonym, isDemonymWord } from './demonyms';
import type { EntityMention } from './entity-mentions';
import {
  IS_CAPITALISED, IS_WORD, MAX_TITLE_WORDS, POSSESSIVE, mentionCovering, type SentenceContext, type Token,
} from './title-context';
import { TITLE_BOUNDARY_WORDS, isTitleHead } from './title-words';

const APPOSITION_END = new Set(['of', 'at', 'with', 'for', 'in', 'from', 'on', 'to']);
const COPULA = /^\s+(?:has been (?:elected|appointed|named|made)|was (?:elected|appointed|named|made)|became|has become|is now|is|was|will become)\s+/;

/** The titles after `name`, in text order. */
export function titlesAfter(context: SentenceContext, name: EntityMention): PersonTitle[] {
  const { tokens, doc } = context;
  let i = tokens.findIndex((t) => t.start >= name.end);
  if (i < 0) return [];
  const copula = COPULA.exec(doc.text.slice(name.end, name.end + 40));
  if (copula !== null) {
    i = tokens.findIndex((t) => t.start >= name.end + copula[0].length);
  } else if (tokens[i]?.text === ',') {
    i += 1;
    // "John Smith, 45, a teacher": an age between commas comes before the apposition.
    if (/^\d+$/.test(tokens[i]?.text ?? '') && tokens[i + 1]?.text === ',') i += 2;
  } else {
    return [];
  }
  // "Mahathir Mohamad, former Malaysian prime minister and opposition candidate for Pakatan
  // Harapan": an apposition may join several titles with "and".
  const found: PersonTitle[] = [];
  for (let title = appositionTitle(context, name, i); title !== null; title = appositionTitle(context, name, title.next + 1)) {
    found.push(title.found);
    if (tokens[title.next]?.text.toLowerCase() !== 'and') break;
  }
  return found;
}

/** The title that starts at token `from` of an apposition, and the index of the token that ends it. */
function appositionTitle(context: SentenceContext, name: EntityMention, from: number): { found: PersonTitle; next: number } | null {
  const { tokens } = context;
  let i = from;
  while (i >= 0 && ['a', 'an', 'the', 'new', 'its', 'their'].includes(tokens[i]?.text.toLowerCase() ?? '')) i += 1;
  // "Tim Cook, Apple's chief executive" or, without the possessive, "an FLDS elder": the owner opens the apposition.
  let owner: EntityDraft | null = null;
  const opening = tokens[i] === undefined ? null : mentionCovering(context, tokens[i]!);
  if (opening !== null && opening.entity.type !== 'PERSON') {
    const after = tokens.findIndex((t) => t.start >= opening.end);
    if (after === -1) return null;
    owner = opening.entity;
    i = POSSESSIVE.test(tokens[after]!.text) ? after + 1 : after;
  }
  const phrase: Token[] = [];
  for (; i >= 0 && i < tokens.length && phrase.length < MAX_TITLE_WORDS; i += 1) {
    const token = tokens[i]!;
    const lower = token.text.toLowerCase();
    if (!IS_WORD.test(token.text) || APPOSITION_END.has(lower)) break;
    // "an elder who has …", "prime minister and opposition candidate": a title may end the phrase before a clause or another title.
    if (TITLE_BOUNDARY_WORDS.has(lower) && phrase.length > 0 && isTitleHead(phrase.at(-1)!.text)) break;
    if (TITLE_BOUNDARY_WORDS.has(lower) || mentionCovering(context, token) !== null) return null;
    phrase.push(token);
  }
  const head = phrase.at(-1);
  if (head === undefined || !isTitleHead(head.text)) return null;
  let end = head.end;
  let organization: EntityDraft | null = owner;
  if (owner === null && i >= 0 && APPOSITION_END.has(tokens[i]?.text.toLowerCase() ?? '')) {
    const rest = tokens.slice(i + 1, i + 14);
    // "… for Pakatan Harapan and …": a lowercase word after "and" starts the next title, not more of the owner's name.
    const stop = rest.findIndex((t, k) => [',', '.', ';', '(', ')'].includes(t.text)
      || (t.text === 'and' && !IS_CAPITALISED.test(rest[k + 1]?.text ?? '')));
    const restEnd = (stop === -1 ? rest.at(-1) : rest[stop - 1])?.end ?? head.end;
    // "a teacher from Leeds": a place after from/in/on says where, not whose.
    const canPlaceOwn = !['from', 'in', 'on'].includes(tokens[i]!.text.toLowerCase());
    const owners = context.mentions.filter((m) => m.start > head.end && m.end <= restEnd
      && (m.entity.type === 'ORGANIZATION' || (m.entity.type === 'PLACE' && canPlaceOwn)));
    organization = (owners.find((m) => m.entity.type === 'ORGANIZATION') ?? owners[0])?.entity ?? null;
    if (organization !== null) end = restEnd;
    i = stop === -1 ? i + 1 + rest.length : i + 1 + stop;
  }
  // "former Malaysian prime minister": the nationality names the owner, not the position.
  const demonym = phrase.length > 1 ? phrase.find((t) => isDemonymWord(t.text)) : undefined;
  organization ??= demonym === undefined ? null : countryOfDemonym(context.doc, demonym.text);
  return {
    found: {
      person: name.entity,
      title: phrase.filter((t) => t !== demonym).map((t) => t.text).join(' '),
      organization,
      isOwnerStated: organization !== null,
      start: name.start,
      end,
      sentenceIndex: context.sentenceIndex,
    },
    next: i,
  };
}
