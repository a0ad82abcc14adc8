import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './index';

/** The SDL committed as schema/schema.graphql; sorted so that moving code around does not change it. */
export function printedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
