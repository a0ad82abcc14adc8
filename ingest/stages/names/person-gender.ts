import type { Gender, MentionedDoc } from '../../doc';
import { GENDERED_HONORIFICS } from './cue-words';
import { givenNameGender } from './gazetteer';

/**
 * A person's gender from, in order of trust: a given name ("Annie" → female), an honorific
 * before a mention ("Mr Dutton"), or the pronouns that follow the mentions ("Husakova ... she
 * said"); null when none tells.
 */
export function genderOf(mentionIndexes: readonly number[], doc: MentionedDoc): Gender | null {
  const mentions = mentionIndexes.map((i) => doc.mentions[i]!);
  for (const mention of mentions.filter((m) => /\s/.test(m.text))) {
    const given = givenNameGender(mention.text.split(/\s+/)[0]!);
    if (given === 'male' || given === 'female') return given;
  }
  for (const mention of mentions) {
    const honorific = /([\p{L}]+)\.?\s+$/u.exec(doc.text.slice(Math.max(0, mention.start - 16), mention.start))?.[1];
    const gender = honorific ? GENDERED_HONORIFICS.get(honorific.toLowerCase()) : undefined;
    if (gender) return gender;
  }
  return genderFromPronouns(mentionIndexes, doc);
}

const PRONOUN = /\b(he|him|his|she|her|hers)\b/i;

/**
 * Votes the first third-person pronoun after each mention, up to the end of the next sentence
 * and before any other person is named (who would be the nearer antecedent).
 */
function genderFromPronouns(mentionIndexes: readonly number[], doc: MentionedDoc): Gender | null {
  const own = new Set(mentionIndexes);
  let votes = 0;
  for (const i of mentionIndexes) {
    const mention = doc.mentions[i]!;
    const windowEnd = (doc.sentences[mention.sentenceIndex + 1] ?? doc.sentences[mention.sentenceIndex])!.end;
    const other = doc.mentions.find((m, j) => !own.has(j) && m.type === 'PERSON' && m.start >= mention.end && m.start < windowEnd);
    const pronoun = PRONOUN.exec(doc.text.slice(mention.end, other ? other.start : windowEnd))?.[1]?.toLowerCase();
    if (pronoun) votes += pronoun.startsWith('h') && pronoun !== 'her' && pronoun !== 'hers' ? 1 : -1;
  }
  return votes > 0 ? 'male' : votes < 0 ? 'female' : null;
}
