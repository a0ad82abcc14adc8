import { readFile } from 'node:fs/promises';
import { validateSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../schema/index';
import { printedSchema } from '../../schema/printed-schema';

describe('schema', () => {
  it('is a valid GraphQL schema', () => {
    expect(validateSchema(schema).map((error) => error.message)).toEqual([]);
  });

  it('schema/schema.graphql is the printed schema (run `npm run schema:print` after changing a type)', async () => {
    expect(printedSchema()).toBe(await readFile(new URL('../../schema/schema.graphql', import.meta.url), 'utf8'));
  });

  it('describes every type, field and argument it defines', () => {
    const undescribed: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) undescribed.push(type.name);
      if (!('getFields' in type)) continue;
      for (const field of Object.values(type.getFields())) {
        if (!field.description) undescribed.push(`${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : []) {
          if (!arg.description) undescribed.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    expect(undescribed).toEqual([]);
  });
});
