// The pure annotation stages in order; each one's input type is the previous one's output.
import type { ArticleInput } from '../src/domain/article';
import type { AnnotatedDoc } from './doc';
import { resolveCoreferences } from './stages/coreference';
import { findEvents } from './stages/events';
import { findMentions } from './stages/mentions';
import type { NameTyperWeights } from './stages/names/name-features';
import { TRAINED_NAME_TYPER } from './stages/names/name-typer-weights';
import { findQuotes } from './stages/quotes';
import { findRoles } from './stages/roles';
import { splitSentences } from './stages/sentences';

/** `typer`: the learned name typer's weights; the trained ones unless a training run measures others. */
export function annotateArticle(article: ArticleInput, typer: NameTyperWeights = TRAINED_NAME_TYPER): AnnotatedDoc {
  return findEvents(findRoles(findQuotes(resolveCoreferences(findMentions(splitSentences(article), typer)))));
}
