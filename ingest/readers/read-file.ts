// Entry point for one input file: checks the bytes, then hands the text to the reader its
// extension (or, for .txt, its content) calls for. Bad input comes back as a ReadError value.
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { readHtml } from './html';
import { readJson } from './json';
import { readNdjson } from './ndjson';
import type { ReadError, ReadResult } from './read-result';
import { readRss } from './rss';
import { readScrapedPage } from './scraped-page';
import { isPlainArticle, readPlainText } from './text';

/** Larger inputs are refused before reading: no news file is this big, and we hold it in memory. */
export const MAX_SOURCE_BYTES = 20 * 1024 * 1024;

type TextReader = (content: string, source: string) => ReadResult;

// A .txt file may hold a saved HTML page, a feed or JSON; the first characters say which.
function sniffText(content: string): TextReader {
  const start = content.trimStart().slice(0, 200).toLowerCase();
  if (start.startsWith('<!doctype html') || start.startsWith('<html')) return readHtml;
  if (start.startsWith('<?xml') || start.startsWith('<rss') || start.startsWith('<feed')) return readRss;
  if (start.startsWith('{') || start.startsWith('[')) return readJson;
  return isPlainArticle(content) ? readPlainText : readScrapedPage;
}

const READERS_BY_EXTENSION: Readonly<Record<string, TextReader>> = {
  '.txt': (content, source) => sniffText(content)(content, source),
  '.html': readHtml,
  '.htm': readHtml,
  '.json': readJson,
  '.ndjson': readNdjson,
  '.jsonl': readNdjson,
  '.xml': readRss,
  '.rss': readRss,
  '.atom': readRss,
};

// The codes a user meets when naming a file, in words; the code stays for searching.
const ERRNO_MEANING: Readonly<Record<string, string>> = {
  ENOENT: 'ENOENT: no such file',
  EACCES: 'EACCES: permission denied',
  EPERM: 'EPERM: permission denied',
};

const failed = (error: ReadError): ReadResult => ({ source: error.source, articles: [], errors: [error] });

/** The text of a file's bytes, or why they are not text worth reading. */
function decodeSourceBytes(bytes: Uint8Array, source: string): string | ReadError {
  if (bytes.includes(0)) return { kind: 'binary', source, detail: 'contains NUL bytes' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { kind: 'binary', source, detail: 'not valid UTF-8' };
  }
  if (text.trim().length === 0) return { kind: 'empty', source, detail: bytes.length === 0 ? 'zero bytes' : 'only whitespace' };
  return text;
}

/** Reads one file of a supported kind into articles; never throws for bad input. */
export async function readSourceFile(path: string): Promise<ReadResult> {
  const reader = READERS_BY_EXTENSION[extname(path).toLowerCase()];
  if (!reader) {
    const supported = Object.keys(READERS_BY_EXTENSION).join(', ');
    return failed({ kind: 'unsupported', source: path, detail: `extension "${extname(path)}" is not one of ${supported}` });
  }
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (!info.isFile()) return failed({ kind: 'unreadable', source: path, detail: 'not a regular file' });
    if (info.size > MAX_SOURCE_BYTES) {
      return failed({ kind: 'too-large', source: path, detail: `${info.size} bytes; the limit is ${MAX_SOURCE_BYTES}` });
    }
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    return failed({ kind: 'unreadable', source: path, detail: ERRNO_MEANING[code] ?? code });
  }
  const text = decodeSourceBytes(bytes, path);
  // A byte-order mark is an encoding detail, not text.
  return typeof text === 'string' ? reader(text.replace(/^\uFEFF/u, ''), path) : failed(text);
}
