// Turns a raw scraped page into clean lines plus the metadata a crawler put in front of it.
export interface PageLine {
  readonly text: string;
  /** The line starts inside a quotation opened on an earlier line (multi-paragraph quotes). */
  readonly insideQuote: boolean;
}

export interface PageMetadata {
  readonly url: string | null;
  readonly publishedAt: string | null;
}

export interface SplitPage {
  readonly lines: readonly PageLine[];
  readonly metadata: PageMetadata;
}

// Crawlers prefix pages with "key value" fields ("date 2019-04-07 …"); the value is one token,
// and whatever follows it on the line is page text.
const HEADER_FIELD = /^\s*(date|url|published)\s*[:=]?\s+(\S+)\s*(.*)$/iu;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/u;

function readHeaderFields(rawLines: readonly string[]): { metadata: PageMetadata; rest: string[] } {
  let url: string | null = null;
  let publishedAt: string | null = null;
  const rest = [...rawLines];
  while (rest.length > 0) {
    const match = HEADER_FIELD.exec(rest[0] ?? '');
    const key = match?.[1]?.toLowerCase();
    const value = match?.[2] ?? '';
    if (key === 'url' && /^https?:\/\//u.test(value)) url = value;
    else if ((key === 'date' || key === 'published') && ISO_DATE.test(value)) publishedAt = value;
    else break;
    rest.splice(0, 1, match?.[3] ?? '');
  }
  return { metadata: { url, publishedAt }, rest };
}

// Extraction that drops block tags glues paragraphs ("…Adoption Center.“I am…"): a sentence end
// right against a capital (after a lowercase word, so "U.S." and "1.9B" stay whole) is a break.
const GLUED_SENTENCE_END = /(\p{Ll}{2}[.!?][”’"]?)(?=[“"]?\p{Lu})/gu;

export function unglueParagraphs(line: string): string[] {
  return line.replace(GLUED_SENTENCE_END, '$1\n').split('\n');
}

export function opensQuote(text: string, startsInside: boolean): boolean {
  let inside = startsInside;
  for (const [index, char] of [...text].entries()) {
    if (char === '“') inside = true;
    else if (char === '”') inside = false;
    // A straight quote opening a paragraph while a quote is open re-opens it (newspaper style).
    else if (char === '"') inside = index === 0 && inside ? true : !inside;
  }
  return inside;
}

export function splitPage(content: string): SplitPage {
  const { metadata, rest } = readHeaderFields(content.replace(/\r\n?/gu, '\n').split('\n'));
  const texts = rest.flatMap(unglueParagraphs).map((text) => text.replace(/\s+/gu, ' ').trim());
  let insideQuote = false;
  const lines = texts.map((text) => {
    const line = { text, insideQuote };
    insideQuote = opensQuote(text, insideQuote);
    return line;
  });
  return { lines, metadata };
}
