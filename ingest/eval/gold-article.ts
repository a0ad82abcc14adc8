import { z } from 'zod';
import { NamedFactsSchema } from './named-facts';

/** Every name a quote, role or event uses must be an entity's name, or the file has a typo. */
function namesUsed(facts: z.infer<typeof NamedFactsSchema>): string[] {
  return [
    ...facts.quotes.flatMap((quote) => [...(quote.speaker ? [quote.speaker] : []), ...quote.about]),
    ...facts.roles.flatMap((role) => [role.person, ...(role.org ? [role.org] : [])]),
    ...facts.events.flatMap((event) => [...event.participants, ...(event.place ? [event.place] : [])]),
  ];
}

export const GoldArticleSchema = NamedFactsSchema.extend({
  id: z.string().min(1),
  source: z.string().nullable(),
  url: z.string().nullable(),
  title: z.string().nullable(),
  publishedAt: z.string().nullable(),
  text: z.string().min(1),
  quotes: NamedFactsSchema.shape.quotes.element.extend({ speaker: z.string().min(1) }).array(),
}).superRefine((gold, ctx) => {
  const entityNames = new Set(gold.entities.map((entity) => entity.name));
  for (const name of namesUsed(gold)) {
    if (!entityNames.has(name)) ctx.addIssue({ code: 'custom', message: `"${name}" is used but is not the name of an entity` });
  }
});

/** One hand-annotated article (see /work/shared/eval/FORMAT.md). */
export type GoldArticle = z.infer<typeof GoldArticleSchema>;
