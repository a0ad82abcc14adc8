import type { Token } from './tokenize';

// Marks that scraped pages put between menu items ("Email This Article | Share This Article •
// Facebook • LinkedIn"), which prose never strings together.
const SEPARATORS = new Set(['|', '•', '·', '[', ']']);
const MAX_LABEL_WORDS = 8;
const MIN_SEPARATORS = 3;

/**
 * Indexes of the sentences that are page chrome: a block of consecutive short lines with no
 * lowercase word (labels, not prose) that holds at least three menu separators between them.
 * A share menu names sites and buttons ("Facebook", "Print This Article"), never the story's entities.
 */
export function chromeSentences(tokensBySentence: readonly (readonly Token[])[]): ReadonlySet<number> {
  const chrome = new Set<number>();
  let blockStart = 0;
  let separators = 0;
  const closeBlock = (end: number): void => {
    if (separators >= MIN_SEPARATORS) for (let k = blockStart; k < end; k += 1) chrome.add(k);
    separators = 0;
  };
  tokensBySentence.forEach((tokens, index) => {
    if (!isLabel(tokens)) {
      closeBlock(index);
      blockStart = index + 1;
      return;
    }
    separators += tokens.filter((token) => SEPARATORS.has(token.text)).length;
  });
  closeBlock(tokensBySentence.length);
  return chrome;
}

function isLabel(tokens: readonly Token[]): boolean {
  const words = tokens.filter((token) => token.isWord);
  return words.length <= MAX_LABEL_WORDS && words.every((token) => !/^\p{Ll}/u.test(token.text));
}
