import { writeFile } from 'node:fs/promises';
import { printedSchema } from '../../schema/printed-schema';

// `npm run schema:print`: regenerates schema/schema.graphql, which test/schema/printed-sdl.test.ts checks.
const target = new URL('../../schema/schema.graphql', import.meta.url);
await writeFile(target, printedSchema());
console.log(`Wrote ${target.pathname}`);
