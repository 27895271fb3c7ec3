/**
 * Page headers, footers and page numbers are not the report's text: a line
 * in the top or bottom band of a page that is a page number (`第 1 页`,
 * `- 2 -`), or whose text (digits aside) comes back at about the same height
 * on most pages, is dropped.
 */
import { PAGE_NUMBER_LINES } from './lexicon-pdf.js';
import type { PageLine } from './page-lines.js';

/** The top and bottom bands, as a share of the page height, where headers and footers live. */
const BAND = 0.12;
/** At most this many lines at each end of a page are header or footer candidates. */
const LINES_PER_BAND = 3;
/** Same height on two pages: within this many points. */
const SAME_HEIGHT = 6;
/** Repeated on at least this share of the pages (and on 2 pages at least). */
const MOST_PAGES = 0.5;

export interface PageLines {
  lines: PageLine[];
  height: number;
}

export function dropRunningText(pages: readonly PageLines[]): PageLine[][] {
  const candidates = pages.map(bandLines);
  const seen = new Map<string, number[]>();
  candidates.forEach((lines, page) => {
    for (const line of lines) {
      const key = repeatKey(line);
      const ys = seen.get(key) ?? [];
      ys.push(line.y, page);
      seen.set(key, ys);
    }
  });
  const needed = Math.max(2, Math.ceil(MOST_PAGES * pages.length));
  const isRepeated = (line: PageLine): boolean => {
    const hits = seen.get(repeatKey(line)) ?? [];
    const pagesAtHeight = new Set<number>();
    for (let i = 0; i < hits.length; i += 2) if (Math.abs(hits[i]! - line.y) <= SAME_HEIGHT) pagesAtHeight.add(hits[i + 1]!);
    return pagesAtHeight.size >= needed;
  };
  return pages.map((page, i) => {
    const drop = new Set(candidates[i]!.filter((line) => isPageNumber(line) || isRepeated(line)));
    return page.lines.filter((line) => !drop.has(line));
  });
}

/** The first and last few lines of a page, when they lie in its top or bottom band. */
function bandLines(page: PageLines): PageLine[] {
  const top = page.lines.slice(0, LINES_PER_BAND).filter((line) => line.y <= BAND * page.height);
  const bottom = page.lines.slice(-LINES_PER_BAND).filter((line) => line.y >= (1 - BAND) * page.height);
  return [...new Set([...top, ...bottom])];
}

function lineText(line: PageLine): string {
  return line.segments.map((s) => s.text).join(' ').trim();
}

/** Digits vary from page to page (page numbers, dates): compare the rest. */
function repeatKey(line: PageLine): string {
  return lineText(line).replace(/[0-9０-９]+/g, '#').replace(/\s+/g, '');
}

export function isPageNumber(line: PageLine): boolean {
  const text = lineText(line);
  return PAGE_NUMBER_LINES.some((pattern) => pattern.test(text));
}
