import { builder } from '../builder';
import { badUserInput } from '../errors';

interface DateRangeArgs {
  readonly from?: Date | null | undefined;
  readonly to?: Date | null | undefined;
}

/** The `from`/`to` arguments every dated list takes. */
export const dateRangeArgs = () =>
  builder.args((t) => ({
    from: t.field({ type: 'DateTime', description: 'Only items dated at or after this instant.' }),
    to: t.field({ type: 'DateTime', description: 'Only items dated at or before this instant.' }),
  }));

/** ISO bounds for the store filters; an empty range is a mistake worth reporting, not an empty list. */
export function isoDateRange(args: DateRangeArgs): { from?: string; to?: string } {
  if (args.from && args.to && args.from > args.to) {
    throw badUserInput('to', `must not be before "from" (${args.from.toISOString()}); got ${args.to.toISOString()}.`);
  }
  return {
    ...(args.from ? { from: args.from.toISOString() } : {}),
    ...(args.to ? { to: args.to.toISOString() } : {}),
  };
}
