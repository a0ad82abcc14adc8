// The postal-style abbreviations news style books (AP) use for US states after a city name
// ("Pasadena, Calif.", "Cape Canaveral, Fla."). General gazetteer data, not fitted to any text.
// Left out: "Miss." and "Ind." read as a title and a party far more often than as states.
const STATE_OF_ABBREVIATION = new Map<string, string>([
  ['Ala', 'Alabama'], ['Ariz', 'Arizona'], ['Ark', 'Arkansas'], ['Calif', 'California'], ['Colo', 'Colorado'],
  ['Conn', 'Connecticut'], ['Del', 'Delaware'], ['Fla', 'Florida'], ['Ga', 'Georgia'], ['Ill', 'Illinois'],
  ['Kan', 'Kansas'], ['Ky', 'Kentucky'], ['La', 'Louisiana'], ['Md', 'Maryland'], ['Mass', 'Massachusetts'],
  ['Mich', 'Michigan'], ['Minn', 'Minnesota'], ['Mo', 'Missouri'], ['Mont', 'Montana'], ['Neb', 'Nebraska'],
  ['Nev', 'Nevada'], ['Okla', 'Oklahoma'], ['Ore', 'Oregon'], ['Pa', 'Pennsylvania'], ['Tenn', 'Tennessee'],
  ['Tex', 'Texas'], ['Va', 'Virginia'], ['Vt', 'Vermont'], ['Wash', 'Washington'], ['Wis', 'Wisconsin'], ['Wyo', 'Wyoming'],
]);

/** "Calif" or "Calif." → "California"; null for any other word. */
export function stateOfAbbreviation(word: string): string | null {
  return STATE_OF_ABBREVIATION.get(word.replace(/\.$/, '')) ?? null;
}

/** Regex source matching a state abbreviation with its period, as one token. */
export const STATE_ABBREVIATION_PATTERN = `(?:${[...STATE_OF_ABBREVIATION.keys()].join('|')})\\.(?![\\p{L}])`;
