// Weights: a cue that alone settles the type (a title, a head word, a country) outweighs any
// number of weak ones (a preposition, a speech verb); the document sums them per name.
export const STRONG = 10;
export const MEDIUM = 5;
export const WEAK = 2;
// A title right before the name ("Premier Ford") settles it against any gazetteer ("Ford" the carmaker).
export const DECISIVE = 20;


/** The word or its singular is one of `heads`. */
export const isHeadWord = (word: string, heads: ReadonlySet<string>): boolean => heads.has(word) || heads.has(word.replace(/s$/, ''));
