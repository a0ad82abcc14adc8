import { describe, expect, it } from 'vitest';
import { isEnglishWord } from '../../../../ingest/stages/names/english-words';

describe('isEnglishWord', () => {
  it('knows plain words compromise lacks, in any case and inflection (un-04 "SPACE NEWS", ho-03 "Surveys")', () => {
    expect(['SPACE', 'University', 'Surveys', 'Reporter'].map(isEnglishWord)).toEqual([true, true, true, true]);
  });

  it('leaves out names the dictionary writes with a capital, and unknown words', () => {
    expect(['Reuters', 'Obama', 'Stevenage', 'Gaurs'].map(isEnglishWord)).toEqual([false, false, false, false]);
  });
});
