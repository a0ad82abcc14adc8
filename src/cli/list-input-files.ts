import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** A file to ingest; `isInFolder` when it was found by walking a folder rather than named. */
export interface InputFile {
  readonly path: string;
  readonly isInFolder: boolean;
}

async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const sorted = entries.filter((entry) => !entry.name.startsWith('.')).sort((a, b) => a.name.localeCompare(b.name));
  const nested = await Promise.all(sorted.map((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return walk(path);
    return entry.isFile() ? [path] : [];
  }));
  return nested.flat();
}

/** Named files as given (a missing one is left for the reader to report), folders walked in name order. */
export async function listInputFiles(paths: readonly string[]): Promise<InputFile[]> {
  const lists = await Promise.all(paths.map(async (path) => {
    const isFolder = await stat(path).then((info) => info.isDirectory(), () => false);
    return isFolder ? (await walk(path)).map((file) => ({ path: file, isInFolder: true })) : [{ path, isInFolder: false }];
  }));
  return lists.flat();
}
