/**
 * The key under which a name is looked up across articles: the same name spelled by different
 * transliterations or typographies folds to one key ("Zelenskyy", "Zelensky", "Zelenskyi" →
 * "zelensky"; "Dvořák" → "dvorak"). Stores index names and aliases by it, the resolver asks by it.
 */
export function foldNameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '') // diacritics, once NFKD has split them off their letters
    .toLowerCase()
    .replace(/['\u2018\u2019\u02bc`]s\b/g, '') // possessive
    .replace(/['\u2018\u2019\u02bc`]/g, '') // O'Brien, O’Brien, OBrien
    .replace(/[-\u2010-\u2015.]/g, ' ')
    .replace(/(?:iy|yi|ij|ii)\b/g, 'y') // the Slavic -ий ending, which systems write -iy, -yi, -ij, -ii or -y
    .replace(/ey\b/g, 'ei') // and -ей, written -ei or -ey (Sergei, Sergey)
    .replace(/(\p{L})\1+/gu, '$1') // doubled letters: Zelenskyy/Zelensky, Al-Assaad/Al-Assad
    .replace(/\s+/g, ' ')
    .trim();
}
