/**
 * A table rebuilt from where its text sits. Columns are the x-bands that the
 * cells of consecutive lines share (a strip no line, or almost none, writes
 * across is a column border); rows are lines, except that a line which only
 * goes on with cells the line above filled to their column's width is the
 * wrapped rest of those cells (cells top-aligned, as Word and WPS set them).
 * A cell spanning several columns repeats its text in each, as merged cells
 * do in the other readers.
 */
import { hadToWrap, joinText, type PageLine, type Segment } from './page-lines.js';

export interface TableGrid {
  rows: string[][];
  /** the page of each row's first line */
  rowPages: number[];
}

interface Band {
  x0: number;
  x1: number;
}

/** Share of the multi-cell lines that may write across a column border (a merged title cell, say). */
const CROSSING = 0.25;
/** A cell the line above filled to within this many font sizes of its column's widest text had to wrap. */
const FULL_WITHIN = 1.2;
/** A wrapped cell's next line follows within this many font sizes. */
const WRAP_PITCH = 1.9;

const FIGURE = /^[-+]?[0-9０-９][0-9０-９,，.．]*\s*[%％]?$/;

/** The column bands of a run of lines, from the lines with two or more cells; null when there are not two columns. */
export function columnBands(lines: readonly PageLine[]): Band[] | null {
  const multi = lines.filter((line) => line.segments.length >= 2);
  if (multi.length === 0) return null;
  const left = Math.floor(Math.min(...multi.map((l) => l.x0)));
  const right = Math.ceil(Math.max(...multi.map((l) => l.x1)));
  if (!(right - left < 20_000)) return null;
  const coverage = new Uint16Array(right - left + 1);
  for (const line of multi) {
    for (const s of line.segments) {
      for (let x = Math.max(left, Math.floor(s.x0)); x < Math.min(right, Math.ceil(s.x1)); x++) coverage[x - left]!++;
    }
  }
  const allowed = Math.floor(CROSSING * multi.length);
  const bands: Band[] = [];
  let start = -1;
  for (let i = 0; i <= coverage.length; i++) {
    const covered = i < coverage.length && coverage[i]! > allowed;
    if (covered && start < 0) start = i;
    if (!covered && start >= 0) {
      bands.push({ x0: left + start, x1: left + i });
      start = -1;
    }
  }
  return bands.length >= 2 ? bands : null;
}

/**
 * Whether a lone piece of text on a line sits in one column of the table:
 * starting no further left than that column's cells (text at the page margin,
 * left of a cell's padding, is not in the table) and ending before the next.
 */
export function inOneColumn(segment: Segment, bands: readonly Band[], size: number): boolean {
  return bands.some((b, k) => {
    const next = bands[k + 1];
    return segment.x0 >= b.x0 - 1.5 && segment.x0 < b.x1 && segment.x1 <= (next ? next.x0 - 0.2 * size : b.x1 + 2 * size);
  });
}

/** Which bands a segment writes in: every band it overlaps, or the nearest one when it sits in a border strip. */
function bandsOf(segment: Segment, bands: readonly Band[]): number[] {
  const hit = bands.flatMap((b, i) => (segment.x0 < b.x1 && segment.x1 > b.x0 ? [i] : []));
  if (hit.length > 0) return hit;
  const middle = (segment.x0 + segment.x1) / 2;
  let best = 0;
  bands.forEach((b, i) => {
    const distance = (b: Band): number => Math.max(b.x0 - middle, middle - b.x1, 0);
    if (distance(b) < distance(bands[best]!)) best = i;
  });
  return [best];
}

export function tableGrid(lines: readonly PageLine[], bands: readonly Band[]): TableGrid {
  const widest = bands.map(() => -Infinity);
  const placed = lines.map((line) => {
    const cells = new Map<number, Segment>();
    for (const segment of line.segments) {
      for (const b of bandsOf(segment, bands)) {
        const before = cells.get(b);
        cells.set(b, before ? { text: joinText(before.text, segment.text), x0: before.x0, x1: segment.x1 } : segment);
      }
    }
    for (const [b, s] of cells) widest[b] = Math.max(widest[b]!, s.x1);
    return { line, cells };
  });

  const rows: string[][] = [];
  const rowPages: number[] = [];
  let previous: (typeof placed)[number] | null = null;
  for (const current of placed) {
    const row = rows.at(-1);
    // a line with every column filled, or with a figure in it, starts a row: figures do not wrap, and neither do all cells at once
    const wraps =
      row !== undefined &&
      current.cells.size < bands.length &&
      ![...current.cells.values()].some((s) => FIGURE.test(s.text)) &&
      previous !== null &&
      current.line.page === previous.line.page &&
      current.line.y - previous.line.y <= WRAP_PITCH * current.line.size &&
      [...current.cells].every(([b, cell]) => {
        const above = previous!.cells.get(b);
        const size = current.line.size;
        return above !== undefined && (above.x1 >= widest[b]! - FULL_WITHIN * size || hadToWrap(above.x1, widest[b]!, cell.text, size));
      });
    if (wraps) {
      for (const [b, s] of current.cells) row[b] = joinText(row[b]!, s.text);
    } else {
      rows.push(bands.map((_, b) => current.cells.get(b)?.text ?? ''));
      rowPages.push(current.line.page);
    }
    previous = current;
  }
  return headerSetLow(rows, rowPages, bands.length);
}

/**
 * A header whose cells are set low (bottom-aligned or centred) reads as a few
 * partial lines, then the one line where every column has text: when the
 * table starts that way (and neither those lines nor the full one hold a
 * figure), they are one header row.
 */
function headerSetLow(rows: string[][], rowPages: number[], columns: number): TableGrid {
  const full = (row: readonly string[] | undefined): boolean => row !== undefined && row.every((cell) => cell !== '');
  const firstFull = rows.findIndex(full);
  // a header has no figures; a data row under the rest of a row broken by the page has
  const figures = rows.slice(0, firstFull + 1).some((row) => row.some((cell) => FIGURE.test(cell)));
  if (firstFull <= 0 || figures || rowPages[0] !== rowPages[firstFull]) return { rows, rowPages };
  const header = Array.from({ length: columns }, (_, b) => rows.slice(0, firstFull + 1).reduce((text, row) => joinText(text, row[b]!), ''));
  return { rows: [header, ...rows.slice(firstFull + 1)], rowPages: rowPages.slice(firstFull) };
}
