import { z } from 'zod';
import { ENTITY_TYPES } from '../../src/domain/entity';
import { EVENT_TYPES } from '../../src/domain/event';

// The gold format names every entity by its name, so gold and predictions are compared as
// name-based facts; these schemas validate gold files and type both sides.
const isoDate = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'expected YYYY-MM-DD or YYYY-MM');

const NamedEntitySchema = z.object({
  name: z.string().min(1),
  type: z.enum(ENTITY_TYPES),
  aliases: z.array(z.string()),
});
const NamedQuoteSchema = z.object({
  speaker: z.string().min(1).nullable(),
  text: z.string().min(1),
  about: z.array(z.string()),
});
const NamedRoleSchema = z.object({
  person: z.string().min(1),
  role: z.string().min(1),
  org: z.string().min(1).nullable(),
});
const NamedEventSchema = z.object({
  type: z.enum(EVENT_TYPES),
  participants: z.array(z.string()),
  place: z.string().min(1).nullable(),
  date: isoDate.nullable(),
});

export const NamedFactsSchema = z.object({
  entities: z.array(NamedEntitySchema),
  quotes: z.array(NamedQuoteSchema),
  roles: z.array(NamedRoleSchema),
  events: z.array(NamedEventSchema),
});

export type NamedEntity = z.infer<typeof NamedEntitySchema>;
export type NamedQuote = z.infer<typeof NamedQuoteSchema>;
export type NamedRole = z.infer<typeof NamedRoleSchema>;
export type NamedEvent = z.infer<typeof NamedEventSchema>;
/** One article's facts with entities referred to by name: the gold format, and what predictions are turned into. */
export type NamedFacts = z.infer<typeof NamedFactsSchema>;
