// In-flight annotation types: each stage takes the doc its predecessor produced and returns
// it with one more layer, so a misordered pipeline does not compile. Offsets are character
// offsets into `text`, end exclusive. Entities here are local to one article (keyed by
// `EntityKey`); the resolver maps them to stored ids.
import type { ArticleInput } from '../src/domain/article';
import type { EntityType } from '../src/domain/entity';
import type { EventType } from '../src/domain/event';

export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface SentencedDoc {
  readonly article: ArticleInput;
  /** The article text the offsets refer to (equal to article.text). */
  readonly text: string;
  readonly sentences: readonly Sentence[];
}

/** One occurrence of a name in the text. */
export interface MentionDraft {
  readonly start: number;
  readonly end: number;
  /** The name as written, without a possessive "'s" or a leading title. */
  readonly text: string;
  readonly sentenceIndex: number;
  readonly type: EntityType;
}

export interface MentionedDoc extends SentencedDoc {
  readonly mentions: readonly MentionDraft[];
}

/** Article-local id of an entity ("e0", "e1"…), valid only within one AnnotatedDoc. */
export type EntityKey = string;
export type Gender = 'female' | 'male';

/** One real-world thing named in the article, after in-article coreference. */
export interface EntityDraft {
  readonly key: EntityKey;
  readonly type: EntityType;
  /** The fullest form used in the text. */
  readonly name: string;
  /** Other surface forms used in the text for the same thing. */
  readonly aliases: readonly string[];
  /** Indexes into `mentions` that refer to this entity. */
  readonly mentionIndexes: readonly number[];
  /** From first-name lists or pronouns, when known; used for pronoun speakers. */
  readonly gender: Gender | null;
}

export interface ResolvedDoc extends MentionedDoc {
  readonly entities: readonly EntityDraft[];
}

export interface QuoteDraft {
  /** The quoted words without quotation marks; a split quote is joined with a space. */
  readonly text: string;
  /** Span of the quote (including its marks) in `text`. */
  readonly start: number;
  readonly end: number;
  readonly sentenceIndex: number;
  readonly speakerKey: EntityKey | null;
  readonly aboutKeys: readonly EntityKey[];
}

/** A title the text gives a named person, before the name or in an apposition after it. */
export interface PersonTitle {
  readonly person: EntityDraft;
  readonly title: string;
  readonly organization: EntityDraft | null;
  /** The text says whose title it is ("Sinn Féin's spokesman"), even if that owner is no entity. */
  readonly isOwnerStated: boolean;
  /** Span of title and name together. */
  readonly start: number;
  readonly end: number;
  readonly sentenceIndex: number;
}

export interface QuotedDoc extends ResolvedDoc {
  readonly quotes: readonly QuoteDraft[];
  /** Every title the text gives a person, in text order: found once, read by quotes, roles and statements. */
  readonly personTitles: readonly PersonTitle[];
}

export interface RoleDraft {
  readonly personKey: EntityKey;
  /** As stated: "Defence Minister", "head". */
  readonly title: string;
  readonly organizationKey: EntityKey | null;
  readonly start: number;
  readonly end: number;
  readonly sentenceIndex: number;
}

export interface RoledDoc extends QuotedDoc {
  readonly roles: readonly RoleDraft[];
}

export interface EventDraft {
  readonly type: EventType;
  readonly trigger: string;
  readonly participantKeys: readonly EntityKey[];
  readonly placeKey: EntityKey | null;
  /** ISO `YYYY-MM-DD` or `YYYY-MM`. */
  readonly date: string | null;
  readonly start: number;
  readonly end: number;
  readonly sentenceIndex: number;
}

/** The pipeline's output for one article: every fact, still keyed locally. */
export interface AnnotatedDoc extends RoledDoc {
  readonly events: readonly EventDraft[];
}
