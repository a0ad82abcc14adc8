// "French", "British": a nationality adjective names a country that may be an entity of the
// article, which then owns a title ("French President") or takes part in an event.
import countries from 'world-countries';
import type { EntityDraft, ResolvedDoc } from '../doc';

/** Lowercased demonym → the country's lowercased names (common, official, alternatives). */
const COUNTRY_NAMES_BY_DEMONYM: ReadonlyMap<string, readonly string[]> = new Map(
  countries.flatMap((country) => {
    const names = [country.name.common, country.name.official, ...country.altSpellings]
      .map((name) => name.toLowerCase());
    const demonyms = new Set([country.demonyms?.eng?.m, country.demonyms?.eng?.f].filter((d): d is string => !!d));
    return [...demonyms].map((demonym) => [demonym.toLowerCase(), names] as const);
  }),
);

/** The PLACE entity of the country `word` is the demonym of, if the article names that country. */
export function countryOfDemonym(doc: ResolvedDoc, word: string): EntityDraft | null {
  const names = COUNTRY_NAMES_BY_DEMONYM.get(word.toLowerCase());
  if (names === undefined) return null;
  return doc.entities.find((entity) => entity.type === 'PLACE'
    && [entity.name, ...entity.aliases].some((name) => names.includes(name.toLowerCase()))) ?? null;
}

/** Is `word` a nationality adjective ("French", "British")? */
export function isDemonymWord(word: string): boolean {
  return COUNTRY_NAMES_BY_DEMONYM.has(word.toLowerCase());
}
