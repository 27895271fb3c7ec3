/**
 * The lines of every page (headers and footers already dropped) → blocks in
 * reading order. Runs of lines whose cells line up in columns become tables;
 * a table that goes on at the top of the next page with the same columns is
 * one table (its repeated header row dropped). Other lines are joined into
 * paragraphs the way they were wrapped: a line that runs to the right margin
 * goes on in the next one, unless that one is indented, numbered, or set in
 * another size — across a page break too.
 */
import type { Block, Location } from '../../model.js';
import { LIST_NUMBER, PARAGRAPH_STARTS } from './lexicon-pdf.js';
import { readColumns } from './page-columns.js';
import { hadToWrap, joinText, type PageLine } from './page-lines.js';
import { columnBands, inOneColumn, tableGrid } from './table-grid.js';

/** Lines further apart than this (× font size) are not one table. */
const TABLE_PITCH = 2.6;
/** A line ending within this (× font size) of the right margin was wrapped. */
const FULL_LINE = 1.5;
/** A line starting this far (× font size) right of the left margin is indented: a new paragraph. */
const INDENT = 0.8;
/** A header line set above the table's first full line is at most this far above it (× font size). */
const WRAP_PITCH = 1.9;
/** Lines of one paragraph are at most this far apart (× font size). */
const PARAGRAPH_PITCH = 2.5;

type PageItem = { kind: 'line'; line: PageLine } | { kind: 'table'; lines: PageLine[] } | { kind: 'list'; lines: PageLine[] };

interface Margins {
  left: number;
  /** null when no two lines end together: nothing says where a full line ends (ragged text, a short page) */
  right: number | null;
}

export function pageBlocks(pages: readonly PageLine[][]): Block[] {
  const blocks: Block[] = [];
  let paragraph: { lines: PageLine[]; margins: ReadonlyMap<number, Margins>; endsPage: boolean } | null = null;
  let lastTable: { block: Extract<Block, { type: 'table' }>; endsPage: boolean; bands: number } | null = null;

  const closeParagraph = (): void => {
    if (!paragraph) return;
    const text = paragraph.lines.reduce((acc, line) => joinText(acc, lineText(line)), '');
    const first = paragraph.lines[0]!;
    const location: Location = { block: blocks.length, page: first.page };
    if (text !== '') blocks.push({ type: 'paragraph', text, headingLevel: null, listNumber: null, location });
    paragraph = null;
  };

  pages.forEach((lines, pageIndex) => {
    const items = pageItems(readColumns(lines));
    // a table's cells do not set the text margins; each column of a two-column stretch has its own
    const textLines = items.flatMap((item) => (item.kind === 'line' ? [item.line] : []));
    const margins = new Map([0, 1, 2].map((column) => [column, marginsOf(textLines.filter((l) => (l.column ?? 0) === column))]));
    items.forEach((item, i) => {
      const first = i === 0;
      const last = i === items.length - 1;
      if (item.kind === 'list') {
        // list items set with a hanging indent: each number and its (wrapped) text is one paragraph
        closeParagraph();
        const grid = tableGrid(item.lines, columnBands(item.lines)!);
        grid.rows.forEach((row, r) => {
          const text = row.reduce((acc, cell) => joinText(acc, cell), '');
          if (text !== '') blocks.push({ type: 'paragraph', text, headingLevel: null, listNumber: null, location: { block: blocks.length, page: grid.rowPages[r]! } });
        });
        lastTable = null;
        return;
      }
      if (item.kind === 'table') {
        closeParagraph();
        const bands = columnBands(item.lines)!;
        const grid = tableGrid(item.lines, bands);
        const goesOn = first && lastTable?.endsPage === true && lastTable.bands === bands.length && blocks.at(-1) === lastTable.block;
        if (goesOn && lastTable) {
          const table = lastTable.block;
          // the header row Word repeats at the top of each page
          const repeated = sameRow(grid.rows[0], table.rows[0]) ? 1 : 0;
          // a row broken by the page: its rest comes first on the new page, in columns the row above has text in, with no figure
          const rest = grid.rows[repeated];
          const lastRow = table.rows.at(-1);
          if (rest && lastRow && grid.rows.length > repeated + 1 && isRestOf(rest, lastRow)) {
            rest.forEach((cell, b) => (lastRow[b] = joinText(lastRow[b]!, cell)));
            grid.rows.splice(repeated, 1);
            grid.rowPages.splice(repeated, 1);
          }
          grid.rows.slice(repeated).forEach((row, r) => {
            table.rows.push(row);
            table.rowLocations.push({ block: table.location.block, row: table.rows.length - 1, page: grid.rowPages[r + repeated]! });
          });
          lastTable.endsPage = last;
          return;
        }
        const block = blocks.length;
        const table: Extract<Block, { type: 'table' }> = {
          type: 'table',
          rows: grid.rows,
          rowLocations: grid.rows.map((_, row) => ({ block, row, page: grid.rowPages[row]! })),
          location: { block, page: item.lines[0]!.page },
          layout: 'pdf',
        };
        blocks.push(table);
        lastTable = { block: table, endsPage: last, bands: bands.length };
        return;
      }
      const line = item.line;
      if (paragraph && continues(paragraph, line, first, margins)) {
        paragraph.lines.push(line);
      } else {
        closeParagraph();
        paragraph = { lines: [line], margins, endsPage: false };
      }
      paragraph.margins = margins;
      paragraph.endsPage = last;
    });
    if (pageIndex === pages.length - 1) closeParagraph();
  });
  closeParagraph();
  return blocks;
}

function lineText(line: PageLine): string {
  return line.segments.map((s) => s.text).join(' ');
}

const FIGURE = /^[-+]?[0-9０-９][0-9０-９,，.．]*\s*[%％]?$/;

/** Cells that go on with a row left unfinished at the foot of the page above: fewer cells, only under filled ones, no figure. */
function isRestOf(rest: readonly string[], row: readonly string[]): boolean {
  const filled = rest.filter((cell) => cell !== '').length;
  return (
    filled > 0 &&
    filled < rest.length &&
    rest.every((cell, b) => cell === '' || (row[b] !== '' && !FIGURE.test(cell))) &&
    row.every((cell) => cell !== '')
  );
}

function sameRow(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  return a !== undefined && b !== undefined && a.length === b.length && a.every((cell, i) => cell.replace(/\s/g, '') === b[i]!.replace(/\s/g, ''));
}

/** Whether a line goes on with the paragraph before it (the line above ran to the margin). */
function continues(
  paragraph: { lines: PageLine[]; margins: ReadonlyMap<number, Margins>; endsPage: boolean },
  line: PageLine,
  firstOnPage: boolean,
  pageMargins: ReadonlyMap<number, Margins>,
): boolean {
  const above = paragraph.lines.at(-1)!;
  if (above.segments.length > 1 || line.segments.length > 1) return false;
  if (Math.abs(line.size - above.size) > 0.15 * above.size) return false;
  const marginsAbove = paragraph.margins.get(above.column ?? 0)!;
  if (marginsAbove.right === null) return false;
  // ragged (left-aligned) text ends a line early when the next word would not fit
  const full = above.x1 >= marginsAbove.right - FULL_LINE * above.size || hadToWrap(above.x1, marginsAbove.right, lineText(line), above.size);
  if (!full) return false;
  if (above.page === line.page) {
    // from the foot of the left column to the head of the right one is the way a paragraph goes on
    const nextColumn = above.column === 1 && line.column === 2;
    if (!nextColumn && (line.y - above.y > PARAGRAPH_PITCH * line.size || line.column !== above.column)) return false;
  } else if (!(paragraph.endsPage && firstOnPage && line.page === above.page + 1)) {
    return false;
  }
  if (line.x0 > pageMargins.get(line.column ?? 0)!.left + INDENT * line.size) return false;
  const text = lineText(line);
  return !PARAGRAPH_STARTS.some((pattern) => pattern.test(text));
}

/**
 * A page's left and right text margins: the leftmost start and rightmost end
 * that two lines share (one stray line does not move them; ends count as
 * shared within a character). With no shared end there is no right margin to
 * wrap at.
 */
function marginsOf(lines: readonly PageLine[]): Margins {
  const shared = (values: number[], pick: (a: number, b: number) => number, within: number): number | null => {
    const sorted = [...values].sort((a, b) => pick(a, b));
    for (let i = 0; i + 1 < sorted.length; i++) if (Math.abs(sorted[i]! - sorted[i + 1]!) <= within) return sorted[i]!;
    return null;
  };
  const starts = lines.map((l) => l.x0);
  const size = lines.length > 0 ? Math.min(...lines.map((l) => l.size)) : 0;
  return {
    left: shared(starts, (a, b) => a - b, 2) ?? Math.min(...starts),
    // justified text ends together; ragged text within about a character
    right: shared(lines.map((l) => l.x1), (a, b) => b - a, size),
  };
}

/** Two columns, the first holding nothing but list numbers: a numbered list with a hanging indent, not a table. */
function isNumberedList(region: readonly PageLine[]): boolean {
  const bands = columnBands(region);
  if (!bands || bands.length !== 2) return false;
  const firsts = region.filter((line) => line.segments[0]!.x1 <= bands[0]!.x1 + 1).map((line) => line.segments[0]!);
  return firsts.length > 0 && firsts.every((s) => LIST_NUMBER.test(s.text));
}

/** A page's lines as paragraph lines and tables: a table is a run of lines whose cells share two or more columns. */
function pageItems(lines: readonly PageLine[]): PageItem[] {
  const items: PageItem[] = [];
  let i = 0;
  while (i < lines.length) {
    const start = lines[i]!;
    if (start.segments.length < 2) {
      items.push({ kind: 'line', line: start });
      i++;
      continue;
    }
    const region = [start];
    let bands = columnBands(region);
    let j = i + 1;
    for (; j < lines.length && bands; j++) {
      const next = lines[j]!;
      if (next.y - region.at(-1)!.y > TABLE_PITCH * next.size) break;
      if (next.segments.length >= 2) {
        const wider = columnBands([...region, next]);
        if (!wider) break;
        region.push(next);
        bands = wider;
        continue;
      }
      if (!inOneColumn(next.segments[0]!, bands, next.size)) break;
      region.push(next);
    }
    if (region.filter((l) => l.segments.length >= 2).length >= 2) {
      // a header cell set lower (bottom-aligned or centred) starts on a line above the table's first full line
      const finalBands = columnBands(region)!;
      while (items.at(-1)?.kind === 'line') {
        const above = (items.at(-1) as { line: PageLine }).line;
        const close = region[0]!.y - above.y <= WRAP_PITCH * above.size;
        if (!close || above.segments.length !== 1 || !inOneColumn(above.segments[0]!, finalBands, above.size)) break;
        items.pop();
        region.unshift(above);
      }
      items.push({ kind: isNumberedList(region) ? 'list' : 'table', lines: region });
      i = j;
    } else {
      items.push({ kind: 'line', line: start });
      i++;
    }
  }
  return items;
}
