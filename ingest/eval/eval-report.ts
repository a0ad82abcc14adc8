import { ENTITY_TYPES, type EntityType } from '../../src/domain/entity';
import type { ArticleScore } from './score-article';
import { type PrecisionRecall, type Tally, addTallies, emptyTally, precisionRecall, share } from './tally';

/** What `npm run eval -- --json` prints: micro-averaged over every article. */
export interface EvalReport {
  readonly articles: number;
  readonly words: number;
  readonly wordsPerSecond: number;
  readonly entities: PrecisionRecall & { readonly byType: Readonly<Record<EntityType, PrecisionRecall>> };
  readonly quotes: PrecisionRecall & { readonly attribution: number; readonly endToEndF1: number };
  readonly about: { readonly precision: number; readonly recall: number };
  readonly roles: PrecisionRecall & { readonly orgAccuracy: number };
  readonly events: PrecisionRecall & { readonly placeAccuracy: number; readonly dateAccuracy: number };
}

/** How fast the pipeline ran over the articles scored. */
export interface Throughput {
  readonly words: number;
  readonly seconds: number;
}

const sumTallies = (tallies: readonly Tally[]): Tally => tallies.reduce(addTallies, emptyTally);
const sum = (numbers: readonly number[]): number => numbers.reduce((total, n) => total + n, 0);

export function buildEvalReport(scores: readonly ArticleScore[], throughput: Throughput): EvalReport {
  const entityTally = (type: EntityType): Tally => sumTallies(scores.map((score) => score.entities.byType[type]));
  const quotes = sumTallies(scores.map((score) => score.quotes.tally));
  const attributed = sum(scores.map((score) => score.quotes.attributed));
  // End to end, a matched but misattributed quote is both a wrong prediction and a missed gold quote.
  const endToEnd = { hits: attributed, spurious: quotes.hits + quotes.spurious - attributed, missed: quotes.hits + quotes.missed - attributed };
  const about = precisionRecall(sumTallies(scores.map((score) => score.quotes.about)));
  const roles = sumTallies(scores.map((score) => score.roles.tally));
  const events = sumTallies(scores.map((score) => score.events.tally));
  return {
    articles: scores.length,
    words: throughput.words,
    wordsPerSecond: throughput.seconds === 0 ? 0 : throughput.words / throughput.seconds,
    entities: {
      ...precisionRecall(sumTallies(ENTITY_TYPES.map(entityTally))),
      byType: Object.fromEntries(ENTITY_TYPES.map((type) => [type, precisionRecall(entityTally(type))])) as Record<EntityType, PrecisionRecall>,
    },
    quotes: { ...precisionRecall(quotes), attribution: share(attributed, quotes.hits), endToEndF1: precisionRecall(endToEnd).f1 },
    about: { precision: about.precision, recall: about.recall },
    roles: { ...precisionRecall(roles), orgAccuracy: share(sum(scores.map((score) => score.roles.orgRight)), roles.hits) },
    events: {
      ...precisionRecall(events),
      placeAccuracy: share(sum(scores.map((score) => score.events.placeRight)), events.hits),
      dateAccuracy: share(sum(scores.map((score) => score.events.dateRight)), events.hits),
    },
  };
}
