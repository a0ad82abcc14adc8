import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { type GoldArticle, GoldArticleSchema } from './gold-article';

/** A gold file that cannot be scored; the message names the file and what is wrong with it. */
export class GoldFileError extends Error {
  constructor(readonly file: string, detail: string) {
    super(`${file} is not a valid gold file: ${detail}`);
    this.name = 'GoldFileError';
  }
}

export function parseGoldArticle(file: string, json: string): GoldArticle {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new GoldFileError(file, `malformed JSON (${(error as Error).message})`);
  }
  const parsed = GoldArticleSchema.safeParse(value);
  if (!parsed.success) throw new GoldFileError(file, z.prettifyError(parsed.error));
  return parsed.data;
}

/** Every `*.json` in `folder`, in file-name order so reports are stable. */
export async function loadGoldFolder(folder: string): Promise<GoldArticle[]> {
  const files = (await readdir(folder)).filter((name) => name.endsWith('.json')).sort();
  return Promise.all(files.map(async (name) => {
    const file = join(folder, name);
    return parseGoldArticle(file, await readFile(file, 'utf8'));
  }));
}
