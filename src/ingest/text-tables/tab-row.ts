/**
 * Rows of tab-separated cells, one row per line (a table copied out of Word or
 * Excel). Starts at a line with a tab between two cells and goes on while
 * lines carry tabs; a leading tab is an empty first cell. Columns empty in
 * every row (alignment tabs) are dropped.
 *
 * Word's "save as text" writes a tab after every automatic list number
 * (`一、\t概况`, `1.\t加强管理`): lines whose first cell is only a list
 * marker are a numbered list, not a table, and stay paragraphs.
 */
import type { TableBlock } from '../../model.js';
import { dropEmptyColumns, toTableBlock, type GridRow } from './grid.js';
import type { Attempt, SourceLine } from './source-line.js';

export function readTabRows(lines: readonly SourceLine[], start: number): Attempt<TableBlock> {
  const first = lines[start];
  if (first === undefined || !first.text.includes('\t')) return { value: null, next: start + 1 };
  const rows: GridRow[] = [];
  let i = start;
  for (; i < lines.length; i++) {
    const l = lines[i];
    if (l === undefined || l.text === '' || !l.raw.includes('\t')) break;
    rows.push({ cells: l.raw.trimEnd().split('\t').map((c) => c.trim()), line: l.line, endLine: l.line });
  }
  if (rows.length < 2 || rows.every(startsWithListMarker)) return { value: null, next: i };
  return { value: toTableBlock(dropEmptyColumns(rows), 'tab-row'), next: i };
}

/** a short token ending in list punctuation: `一、` `1.` `（二）` `3)` */
const LIST_MARKER = /^\S{1,4}[、.．)）]$/;

function startsWithListMarker(row: GridRow): boolean {
  const first = row.cells.find((c) => c !== '');
  return first !== undefined && LIST_MARKER.test(first);
}
