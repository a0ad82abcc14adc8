import type { EntityDraft, PersonTitle, QuotedDoc, RoledDoc, RoleDraft } from '../doc';
import { listEntityMentions, type EntityMention } from './entity-mentions';

/**
 * Positions that exist only inside an organisation. News copy often names that organisation
 * in the sentence before instead of in the title ("Dong Energy said … Managing director
 * Matthew Wright said"); other titles (minister, promoter, general) do not point at it.
 */
const ORGANISATION_POSITIONS = new Set(`director manager officer official spokesperson spokesman spokeswoman
  executive ceo cfo coo cto cio chairman chairwoman chairperson chair head chief founder co-founder
  cofounder owner member treasurer administrator coordinator`.split(/\s+/));

/** Adds the titles the article gives its people, once per person and title. */
export function findRoles(doc: QuotedDoc): RoledDoc {
  const roles: RoleDraft[] = [];
  const organizations = listEntityMentions(doc).filter((m) => m.entity.type === 'ORGANIZATION'
    && !doc.quotes.some((q) => q.start <= m.start && m.end <= q.end));
  for (const found of doc.personTitles) {
    const organization = found.organization ?? organizationNearby(organizations, found);
    const role: RoleDraft = {
      personKey: found.person.key,
      title: found.title,
      organizationKey: organization?.key ?? null,
      start: found.start,
      end: found.end,
      sentenceIndex: found.sentenceIndex,
    };
    const same = roles.findIndex((r) => r.personKey === role.personKey && headOf(r.title) === headOf(role.title));
    if (same === -1) roles.push(role);
    else if (roles[same]!.organizationKey === null && role.organizationKey !== null) roles[same] = role;
  }
  return { ...doc, roles };
}

/** The word a title is about: "Defence Minister" → minister, "head of Pluriton" → head. */
function headOf(title: string): string {
  const beforeOf = title.split(/\s*,|\s+(?:of|to|for|at|in|on)\s+/i)[0] ?? title;
  return (beforeOf.trim().split(/\s+/).at(-1) ?? '').toLowerCase();
}

/** `outsideQuotes`: the article's organisation mentions outside quotations, in text order. */
function organizationNearby(outsideQuotes: readonly EntityMention[], found: PersonTitle): EntityDraft | null {
  if (found.isOwnerStated || !ORGANISATION_POSITIONS.has(headOf(found.title))) return null;
  const candidates = outsideQuotes.filter((m) => m.end <= found.start && m.sentenceIndex >= found.sentenceIndex - 1);
  return candidates.at(-1)?.entity ?? mainOrganization(outsideQuotes);
}

/**
 * "Shares of UPS surged … CEO David Abney said": a story about one company calls its chief
 * "CEO" without naming the company again. The organisation named most often (three times or
 * more, and more often than any other) is the one the story is about.
 */
function mainOrganization(mentions: readonly EntityMention[]): EntityDraft | null {
  const counts = new Map<EntityDraft, number>();
  for (const mention of mentions) counts.set(mention.entity, (counts.get(mention.entity) ?? 0) + 1);
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first !== undefined && first[1] >= MIN_MAIN_MENTIONS && first[1] > (second?.[1] ?? 0) ? first[0] : null;
}
const MIN_MAIN_MENTIONS = 3;
