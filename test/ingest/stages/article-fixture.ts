import { readFileSync } from 'node:fs';
import { findMentions } from '../../../ingest/stages/mentions';
import { splitSentences } from '../../../ingest/stages/sentences';
import { rulesOnlyTyper } from '../../../ingest/stages/names/name-typer';
import type { ArticleInput } from '../../../src/domain/article';

/** An article with only its text, as a reader hands it over when the page had no metadata. */
export function articleOf(text: string): ArticleInput {
  return { text, title: null, url: null, source: null, publishedAt: null };
}

/** The text of one gold article in test/fixtures/eval-dev (or another gold folder). */
export function devText(id: string, folder = 'eval-dev'): string {
  const gold = JSON.parse(readFileSync(new URL(`../../fixtures/${folder}/${id}.json`, import.meta.url), 'utf8')) as { text: string };
  return gold.text;
}

/**
 * "TYPE name" for each mention the real sentence and mention stages find in `text`, in text order,
 * as the rules type them: these tests pin the rules; the learned typer has its own (name-typer.test.ts).
 */
export function mentionsOf(text: string): string[] {
  return findMentions(splitSentences(articleOf(text)), rulesOnlyTyper()).mentions.map((mention) => `${mention.type} ${mention.text}`);
}
