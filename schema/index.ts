// Each import registers its types and fields on the builder; the order does not matter.
import { builder } from './builder';
import './types/article';
import './types/article-facts';
import './types/co-mention';
import './types/entity';
import './types/entity-relations';
import './types/event';
import './types/merge';
import './types/organization';
import './types/person';
import './types/place';
import './types/quote';
import './types/role';
import './queries/article';
import './queries/articles';
import './queries/entities';
import './queries/entity';
import './queries/events';
import './queries/quotes';
import './queries/stats';
import './mutations/add-alias';
import './mutations/delete-article';
import './mutations/ingest-article';
import './mutations/merge-entities';
import './mutations/unmerge-entity';
import './subscriptions/article-ingested';

export const schema = builder.toSchema();
