// A match report names things its own way: a bare town is the club ("Tottenham’s celebrations",
// "win over Stoke"), a bare unknown name is a player ("Pedri", "Soldado"), and teams, like people,
// take "who". Elsewhere a bare town is a place and a bare unknown word most often an organisation.

const SPORT_WORDS = new Set(`
  goal goals scorer scored striker strikers midfielder midfielders midfield defender defenders
  goalkeeper keeper winger wingers centre-back full-back right-back left-back penalty equaliser
  equalizer equalised equalized referee half-time full-time kick-off free-kick fixture league
  lineup line-up stadium footballer football soccer relegation relegated derby hat-trick
  semifinal semi-final cricket innings wicket wickets bowler bowlers batsman batter rugby try tries
  scrum fly-half touchdown touchdowns quarterback quarterbacks overtime playoff playoffs yards
  pitcher tiebreak
`.trim().split(/\s+/));

// Three different words of the game: one or two ("goal", "league") occur in any news.
const SPORT_WORD_MINIMUM = 3;

/** Does the article, by the lowercase words it uses, report a game? */
export function isSportStory(lowercase: ReadonlySet<string>): boolean {
  let found = 0;
  for (const word of SPORT_WORDS) {
    if (lowercase.has(word)) found += 1;
    if (found >= SPORT_WORD_MINIMUM) return true;
  }
  return false;
}
