/**
 * Header-driven chunking: a run of cells with no row markers (one cell per
 * line, or per `|`-terminated line) becomes rows by finding the period.
 *
 * A flattened table starts with its header — cells that are text, not
 * numbers — and then repeats rows of the header's width in which each column
 * keeps its kind (a name column stays text, an amount column stays numeric;
 * blanks and `—` fit either). So for each candidate width w, the first w cells
 * are the header and the following cells are cut into rows of w; the table
 * lasts while rows keep the column kinds set by the first row and each row
 * carries at least one number. A width is accepted only with three or more
 * rows, a text column and a numeric column, and a first column (the row label
 * or index) that is never blank; when two widths fit equally well the run is
 * left alone.
 *
 * Why three rows and a filled first column: a title cell before the header
 * shifts every row by one, and the shifted reading stays self-consistent when
 * the last column is blank or text (a form's 原因/备注). Its first column then
 * holds those blanks, and a coincidence rarely lasts three rows.
 *
 * Conservative by design: a wrong grid is worse than no grid, because the
 * parser would read amounts from the wrong column. Generic by design: no
 * lexicon, only the number/text/blank shape of the cells.
 */
import { classifyCell, type CellClass } from './cell-class.js';

/** Widest header considered; real project tables have 3–10 columns. */
export const MAX_PERIOD = 12;
/** Fewest body rows that make a period clear. */
export const MIN_ROWS = 3;

export interface PeriodicTable {
  /** the width: header cells, then rows of `width` cells */
  width: number;
  /** number of cells used, header included (a multiple of width) */
  cellCount: number;
}

/**
 * The table that starts exactly at `start` in `cells`, or null when none has
 * a clear period. Cost is O(width × rows) per call.
 */
export function findPeriodicTable(cells: readonly string[], start: number, classes: readonly CellClass[] = cells.map(classifyCell)): PeriodicTable | null {
  let best: PeriodicTable | null = null;
  let tie = false;
  for (let width = 2; width <= MAX_PERIOD; width++) {
    const cellCount = tableCellsAt(classes, start, width);
    if (cellCount === 0) continue;
    if (best === null || cellCount > best.cellCount) {
      best = { width, cellCount };
      tie = false;
    } else if (cellCount === best.cellCount) {
      tie = true;
    }
  }
  return tie ? null : best;
}

/** Cells covered by a table of this width at start (header included), or 0. */
function tableCellsAt(classes: readonly CellClass[], start: number, width: number): number {
  const headerEnd = start + width;
  if (headerEnd > classes.length) return 0;
  for (let i = start; i < headerEnd; i++) if (classes[i] !== 'text') return 0;

  const columnKinds: (CellClass | undefined)[] = new Array<CellClass | undefined>(width).fill(undefined);
  let rows = 0;
  for (let rowStart = headerEnd; rowStart + width <= classes.length; rowStart += width) {
    if (!rowFits(classes, rowStart, width, columnKinds)) break;
    rows++;
  }
  if (rows < MIN_ROWS || !hasLabelAndValue(columnKinds)) return 0;
  return width * (rows + 1);
}

/** Rows need a label (text) and a value (number); numbers under a header alone are a form's cells. */
export function hasLabelAndValue(columnKinds: readonly (CellClass | undefined)[]): boolean {
  return columnKinds.includes('number') && columnKinds.includes('text');
}

/**
 * Whether the row of `width` cells at rowStart continues the table: a filled
 * first column, a number somewhere, and every column keeping the kind earlier
 * rows gave it. Records the kinds this row sets.
 */
export function rowFits(classes: readonly CellClass[], rowStart: number, width: number, kinds: (CellClass | undefined)[]): boolean {
  if (classes[rowStart] === 'blank') return false;
  let numbers = 0;
  for (let c = 0; c < width; c++) {
    const cls = classes[rowStart + c];
    if (cls === 'number') numbers++;
    if (cls === undefined || cls === 'blank') continue;
    const kind = kinds[c];
    if (kind !== undefined && kind !== cls) return false;
  }
  // a row without any number is prose or a sub-heading, not data: the table ends
  if (numbers === 0) return false;
  for (let c = 0; c < width; c++) {
    const cls = classes[rowStart + c];
    if (cls === 'number' || cls === 'text') kinds[c] ??= cls;
  }
  return true;
}
