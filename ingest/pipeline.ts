// The pure annotation stages in order; each one's input type is the previous one's output.
import type { ArticleInput } from '../src/domain/article';
import type { AnnotatedDoc } from './doc';
import { resolveCoreferences } from './stages/coreference';
import { findEvents } from './stages/events';
import { findMentions } from './stages/mentions';
import { findQuotes } from './stages/quotes';
import { findRoles } from './stages/roles';
import { splitSentences } from './stages/sentences';

export function annotateArticle(article: ArticleInput): AnnotatedDoc {
  return findEvents(findRoles(findQuotes(resolveCoreferences(findMentions(splitSentences(article))))));
}
