/**
 * Rows of cells recovered from text → a rectangular `table` block. Every
 * layout ends here, so padding and locations are done the same way for all.
 */
import type { Location, TableBlock } from '../../model.js';

export interface GridRow {
  cells: string[];
  /** first and last source line of the row */
  line: number;
  endLine: number;
}

export function toTableBlock(rows: readonly GridRow[], layout: TableBlock['layout']): TableBlock {
  const width = widest(rows, 1);
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (first === undefined || last === undefined) throw new Error('toTableBlock: a table needs at least one row');
  return {
    type: 'table',
    rows: rows.map((r) => [...r.cells, ...new Array<string>(width - r.cells.length).fill('')]),
    rowLocations: rows.map((r) => span(r.line, r.endLine)),
    location: span(first.line, last.endLine),
    layout,
  };
}

function span(line: number, endLine: number): Location {
  return endLine > line ? { line, endLine } : { line };
}

/**
 * Consecutive cells, one per source line, cut into rows of `width` from
 * `start` for `count` cells (a period found by header-driven chunking).
 */
export function rowsOfWidth(lines: readonly { line: number }[], cells: readonly string[], start: number, width: number, count: number): GridRow[] {
  const rows: GridRow[] = [];
  for (let r = start; r + width <= start + count; r += width) {
    const first = lines[r];
    const last = lines[r + width - 1];
    if (first === undefined || last === undefined) break;
    rows.push({ cells: cells.slice(r, r + width), line: first.line, endLine: last.line });
  }
  return rows;
}

/** Drop columns that are empty in every row (alignment tabs or pipes, not data). */
export function dropEmptyColumns(rows: GridRow[]): GridRow[] {
  const width = widest(rows, 0);
  const keep: number[] = [];
  for (let c = 0; c < width; c++) if (rows.some((r) => (r.cells[c] ?? '') !== '')) keep.push(c);
  if (keep.length === width) return rows;
  return rows.map((r) => ({ ...r, cells: keep.filter((c) => c < r.cells.length).map((c) => r.cells[c] ?? '') }));
}

// a loop, not Math.max(...rows): a spread of 200k rows overflows the call stack
function widest(rows: readonly GridRow[], atLeast: number): number {
  let width = atLeast;
  for (const r of rows) if (r.cells.length > width) width = r.cells.length;
  return width;
}
