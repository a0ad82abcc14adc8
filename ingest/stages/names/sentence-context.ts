import type { Token } from './tokenize';

/** The lower-cased word of a token, or '' for punctuation and for no token. */
export const wordOf = (token: Token | undefined): string => (token?.isWord ? token.text.toLowerCase() : '');

/**
 * The word before a name, looking past a list it ends: in "centres in Woolston, Gatewarth and
 * Sandy Lane" each of the three is governed by "in".
 */
export function governingIndex(tokens: readonly Token[], first: number): number {
  let i = first - 1;
  while ([',', 'and', 'or'].includes(tokens[i]?.text ?? '') && /^\p{Lu}/u.test(tokens[i - 1]?.text ?? '')) {
    i -= 1;
    while (/^\p{Lu}/u.test(tokens[i - 1]?.text ?? '')) i -= 1;
    i -= 1;
  }
  return i;
}
