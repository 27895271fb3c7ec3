/**
 * Rows of tab-separated cells, one row per line (a table copied out of Word or
 * Excel). Starts at a line with a tab between two cells and goes on while
 * lines carry tabs; a leading tab is an empty first cell. Columns empty in
 * every row (alignment tabs) are dropped.
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
  if (rows.length < 2) return { value: null, next: i };
  return { value: toTableBlock(dropEmptyColumns(rows), 'tab-row'), next: i };
}
