import type { NamedFacts } from './named-facts';
import { type EntityScore, scoreEntities } from './score-entities';
import { type EventScore, scoreEvents } from './score-events';
import { type QuoteScore, scoreQuotes } from './score-quotes';
import { type RoleScore, scoreRoles } from './score-roles';

export interface ArticleScore {
  readonly articleId: string;
  readonly entities: EntityScore;
  readonly quotes: QuoteScore;
  readonly roles: RoleScore;
  readonly events: EventScore;
}

/** Scores one article's predictions against its gold annotation, as FORMAT.md says. */
export function scoreArticle(articleId: string, predicted: NamedFacts, gold: NamedFacts): ArticleScore {
  const context = { predicted: predicted.entities, gold: gold.entities };
  return {
    articleId,
    entities: scoreEntities(predicted.entities, gold.entities),
    quotes: scoreQuotes(predicted.quotes, gold.quotes, context),
    roles: scoreRoles(predicted.roles, gold.roles, context),
    events: scoreEvents(predicted.events, gold.events, context),
  };
}
