// Who said a quotation: reads the words around it ("…," she said / X said: "…" / according to X)
// and turns a name, a pronoun or a title ("the minister") into an entity of the article.
import type { EntityDraft } from '../doc';
import type { EntityMention } from './entity-mentions';
import type { QuoteSpan } from './quote-spans';
import {
  canBeCalled, maskQuotes, personBySurname, resolveNoun, resolvePronoun, type SpeakerContext,
} from './speaker-references';
import { SPEECH_VERB } from './speech-verbs';
import { QUALIFIER_WORDS, isTitleHead } from './title-words';

const V = SPEECH_VERB.source;
const LEAD = String.raw`^[\s,.;:!?—–\-]*`;
const ADVERB = String.raw`(?:\p{L}+ly\s+|also\s+|later\s+|then\s+|has\s+|had\s+|have\s+)?`;
const POST_PRONOUN = new RegExp(`${LEAD}(he|she|it)\\s+${ADVERB}${V}`, 'iu');
/** Verbs that say the same speaker goes on: "…," he added. */
const GOES_ON = /\b(?:added|adds|continued|continues)\b/i;
const POST_VERB_FIRST = new RegExp(`${LEAD}(?:${V})\\s`, 'iu');
const POST_THE_NOUN = new RegExp(`${LEAD}the\\s+(?:[\\p{L}-]+\\s+){0,3}?([\\p{L}-]+)\\s+${ADVERB}${V}`, 'iu');
const POST_SURNAME = new RegExp(`${LEAD}(\\p{Lu}[\\p{L}'’-]+)\\s+${ADVERB}${V}`, 'u');
const POST_ACCORDING = new RegExp(`${LEAD}according to\\s`, 'iu');
const SOMEONE = String.raw`(?:a|an|one|another|some)\s`;
const POST_UNNAMED = new RegExp(`${LEAD}(?:${SOMEONE}(?:[\\p{L}-]+\\s+){0,3}?${ADVERB}${V}|(?:${V})\\s+${SOMEONE})`, 'iu');
const POST_NAME_PREFIX = /^[\s,.;:!?—–\-]*(?:(?:the|a|an)\s+)?(?:[\p{L}'’.-]+\s+){0,4}$/u;
// "X said", "X, head of Y, said", and an apposition left open: "X, CEO of Shell said".
const AFTER_NAME_VERB = new RegExp(String.raw`^(?:\s*,[^"“”]{0,120}?,|\s*,[^,"“”]{1,80}?)?\s+(?:[\p{L}]+\s+){0,2}?${V}`, 'iu');
// Between a subject and its verb: "of Innogy", ", which won the contract,", "has previously".
const GAP_BEFORE_VERB = /^(?:\s+(?:of|from|at|with|for)\s+[^,"“”]{1,60}?)?(?:\s*,[^"“”]{0,120}?,)?\s*(?:[\p{L}'’]+\s+){0,3}$/u;
const PREPOSITION_BEFORE = /\b(?:of|for|with|at|by|from|to|in|on|about|against|than)\s+(?:the\s+)?$/i;
const SURNAME_BEFORE = /(?:^|\s)(\p{Lu}[\p{L}'’-]+)\s+(?:\p{L}+ly\s+)?$/u;
const PRONOUN_BEFORE = /\b(he|she|it)\s+(?:\p{L}+\s+){0,2}$/iu;
const THE_NOUN_BEFORE = /\bthe\s+(?:[\p{L}-]+\s+){0,3}?([\p{L}-]+)\s+(?:\p{L}+\s+){0,2}$/iu;
const INTRO_FROM = /\b(?:quote|quotes|statement|message|words|comment|comments)\s+(?:from|by)\s+$/i;
const VERB_ANYWHERE = new RegExp(V, 'giu');
const SPEAKER_TYPES = new Set(['PERSON', 'ORGANIZATION', 'PLACE']);

/**
 * The entity that said `span`, or null when the words around it name nobody. `previousSpeaker`
 * said the quotation before, if anyone did.
 */
export function findSpeaker(
  context: SpeakerContext, span: QuoteSpan, preStart: number, postEnd: number, previousSpeaker: EntityDraft | null,
): EntityDraft | null {
  const post = context.doc.text.slice(span.end, postEnd);
  return speakerAfter(context, span.end, post, previousSpeaker) ?? speakerBefore(context, preStart, span.start);
}

/** "…?" one woman yelled / "…," said a resident: the text gives the words to someone it does not name. */
export function isSaidByUnnamed(context: SpeakerContext, span: QuoteSpan, postEnd: number): boolean {
  return POST_UNNAMED.test(context.doc.text.slice(span.end, postEnd));
}

function speakerAfter(context: SpeakerContext, base: number, post: string, previousSpeaker: EntityDraft | null): EntityDraft | null {
  const pronoun = POST_PRONOUN.exec(post);
  if (pronoun !== null) {
    // "Shorten accused Turnbull of … "…". "…," he added.": the one who adds is the one who spoke
    // before, even when someone else was named since.
    if (previousSpeaker !== null && GOES_ON.test(pronoun[0]) && canBeCalled(previousSpeaker, pronoun[1]!)) return previousSpeaker;
    return resolvePronoun(context, pronoun[1]!, base);
  }
  const verbFirst = POST_VERB_FIRST.exec(post) ?? POST_ACCORDING.exec(post);
  if (verbFirst !== null) {
    const from = base + verbFirst[0].length;
    const clause = post.slice(verbFirst[0].length).split(/[.;"“”]/, 1)[0] ?? '';
    // "said Intel's senior vice-president and president of Intel Capital, Wendell Brooks": a title
    // phrase, then the person who holds it after a comma.
    const holder = titledPersonAfter(context, from, from + clause.length);
    if (holder !== null) return holder;
    const named = lastOfAdjacent(context, context.mentions.findIndex((m) => m.start >= from && m.start <= from + 60 && isSpeakerType(m)));
    if (named !== null && named.start - base <= verbFirst[0].length + clause.length) return named.entity;
    const noun = /^\s*the\s+(?:[\p{L}-]+\s+){0,3}?([\p{L}-]+)\b/iu.exec(clause);
    return noun === null ? null : resolveNoun(context, noun[1]!, base);
  }
  for (const [index, mention] of context.mentions.entries()) {
    if (mention.start < base) continue;
    if (mention.start >= base + post.length) break;
    if (!POST_NAME_PREFIX.test(context.doc.text.slice(base, mention.start))) break;
    if (!isSpeakerType(mention) || !AFTER_NAME_VERB.test(context.doc.text.slice(mention.end, mention.end + 160))) continue;
    // "the opposition Labor Party Bill Shorten said": the party is the speaker's, the person speaks.
    const next = context.mentions[index + 1];
    const isMemberNext = next?.entity.type === 'PERSON' && context.doc.text.slice(mention.end, next.start).trim() === '';
    return isMemberNext ? next.entity : mention.entity;
  }
  const surname = POST_SURNAME.exec(post);
  const person = surname === null ? null : personBySurname(context, surname[1]!);
  if (person !== null) return person;
  const theNoun = POST_THE_NOUN.exec(post);
  return theNoun === null ? null : resolveNoun(context, theNoun[1]!, base);
}

function speakerBefore(context: SpeakerContext, start: number, end: number): EntityDraft | null {
  const pre = maskQuotes(context, start, end);
  // "Quote from Umierov: …": the name follows its introduction.
  const introduced = context.mentions.find((m) => m.start >= start && m.end <= end && isSpeakerType(m)
    && INTRO_FROM.test(context.doc.text.slice(start, m.start)));
  if (introduced !== undefined) return introduced.entity;
  const verbs = [...pre.matchAll(VERB_ANYWHERE)];
  for (const verb of [...verbs].reverse()) {
    const subject = findVerbSubject(context, start, start + verb.index, verb[0].length);
    if (subject !== null) return subject;
  }
  if (ACCORDING.test(pre)) {
    const named = context.mentions.filter((m) => m.start >= start && m.end <= end && isSpeakerType(m)).at(-1);
    if (named !== undefined) return named.entity;
  }
  // A partial quotation with no speech verb ("the RSPB has expressed concern over a "…"")
  // belongs to the subject of its sentence.
  if (verbs.length === 0 && pre.trim() !== '') {
    // The subject is the name nearest before the sentence's first verb ("Bird welfare charity
    // the RSPB has …"), or failing that its first name.
    const verb = FIRST_VERB.exec(pre);
    const subjects = context.mentions.filter((m) => m.start >= start && m.end <= (verb === null ? end : start + verb.index)
      && m.entity.type !== 'PLACE' && !PREPOSITION_BEFORE.test(context.doc.text.slice(Math.max(start, m.start - 12), m.start)));
    const subject = verb === null ? subjects[0] : subjects.at(-1);
    if (subject !== undefined) return subject.entity;
  }
  return null;
}
const FIRST_VERB = /\b(?:has|have|had|is|was|are|were|will|would|can|could|did|does|\p{Ll}+ed)\b/u;
const ACCORDING = /\baccording to\s+\S/i;

/** Who does the speech verb at `verbAt` belong to: "X said", "X, head of Y, said", "said X", "he said". */
export function findVerbSubject(context: SpeakerContext, clauseStart: number, verbAt: number, verbLength: number): EntityDraft | null {
  const subject = subjectOf(context, clauseStart, verbAt, context.doc.text.slice(clauseStart, verbAt));
  if (subject !== null) return subject;
  const verbEnd = verbAt + verbLength;
  const after = context.mentions.find((m) => m.start >= verbEnd && m.start <= verbEnd + 2);
  return after !== undefined && isSpeakerType(after) ? after.entity : null;
}

function subjectOf(context: SpeakerContext, clauseStart: number, verbAt: number, before: string): EntityDraft | null {
  const candidates = context.mentions.filter((m) => m.start >= clauseStart && m.end <= verbAt && isSpeakerType(m));
  for (const mention of candidates.reverse()) {
    const gap = context.doc.text.slice(mention.end, verbAt).replace(/^['’]s\b/, '');
    if (!GAP_BEFORE_VERB.test(gap)) continue;
    if (PREPOSITION_BEFORE.test(context.doc.text.slice(Math.max(clauseStart, mention.start - 12), mention.start))) continue;
    return mention.entity;
  }
  // A surname the mention finder did not mark, as it may not at a sentence's start ("Shorten accused …").
  const surname = SURNAME_BEFORE.exec(before);
  const person = surname === null ? null : personBySurname(context, surname[1]!);
  if (person !== null) return person;
  const pronoun = PRONOUN_BEFORE.exec(before);
  if (pronoun !== null) return resolvePronoun(context, pronoun[1]!, clauseStart + pronoun.index);
  const noun = THE_NOUN_BEFORE.exec(before);
  return noun === null ? null : resolveNoun(context, noun[1]!, clauseStart + noun.index);
}

/** "said McMinnville Mayor Jimmy Haley": of names written back to back (or split by a title), the last is the speaker. */
function lastOfAdjacent(context: SpeakerContext, index: number): EntityMention | null {
  let at = index;
  if (at < 0) return null;
  while (at + 1 < context.mentions.length) {
    const next = context.mentions[at + 1]!;
    const gap = context.doc.text.slice(context.mentions[at]!.end, next.start).trim();
    const isTitleGap = gap === '' || gap.split(/\s+/).every((word) => isTitleHead(word) || QUALIFIER_WORDS.has(word.toLowerCase()));
    if (!isSpeakerType(next) || !isTitleGap || gap.length > 40) break;
    at += 1;
  }
  return context.mentions[at]!;
}

const isSpeakerType = (mention: EntityMention) => SPEAKER_TYPES.has(mention.entity.type);

/** The person named after a comma that closes a title phrase starting at `from`, if the clause has one. */
function titledPersonAfter(context: SpeakerContext, from: number, to: number): EntityDraft | null {
  const person = context.mentions.find((m) => m.start > from && m.end <= to && m.entity.type === 'PERSON');
  if (person === undefined) return null;
  const phrase = context.doc.text.slice(from, person.start);
  if (!/,\s*$/.test(phrase)) return null;
  return phrase.split(/[\s,]+/).some((word) => isTitleHead(word.replace(/['’]s$/, ''))) ? person.entity : null;
}

