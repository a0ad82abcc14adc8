// What the title finders share: the tokens of a window around a name and the mentions of its sentence.
import type { ResolvedDoc } from '../doc';
import type { EntityMention } from './entity-mentions';

export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface SentenceContext {
  readonly doc: ResolvedDoc;
  readonly tokens: readonly Token[];
  readonly mentions: readonly EntityMention[];
  readonly sentenceIndex: number;
}

export const mentionCovering = (context: SentenceContext, token: Token) =>
  context.mentions.find((m) => m.start <= token.start && token.end <= m.end) ?? null;

export const POSSESSIVE = /^['’]s$/;
export const IS_WORD = /^[\p{L}\p{N}]/u;
export const IS_CAPITALISED = /^\p{Lu}/u;
export const MAX_TITLE_WORDS = 6;
