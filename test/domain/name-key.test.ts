import { describe, expect, it } from 'vitest';
import { foldNameKey } from '../../src/domain/name-key';

describe('foldNameKey', () => {
  it.each([
    ['Zelenskyy', 'zelensky'], // doubled letters
    ['Zelenskyi', 'zelensky'], // -ий written -yi
    ['Zelenskiy', 'zelensky'], // … or -iy
    ['Sergey', 'sergei'], // -ей written -ey or -ei
    ['Recep Tayyip Erdoğan', 'recep tayip erdogan'], // diacritics
    ["Umierov's", 'umierov'], // possessive
    ['O\u2019Brien', 'obrien'], // typographic apostrophe
    ['Jean-Luc Mélenchon', 'jean luc melenchon'], // hyphen as space
    ['J. Smith', 'j smith'], // initial's full stop
  ])('%s → %s', (name, key) => expect(foldNameKey(name)).toBe(key));
});
