/**
 * The seed's flattening (Word table → text): one cell per line, each cell
 * line starting with a tab, rows separated by blank lines. A tab-only line is
 * an empty cell. Prose indented with tabs is not a table: it needs at least
 * two rows and a row of two or more cells.
 */
import type { TableBlock } from '../../model.js';
import { toTableBlock, type GridRow } from './grid.js';
import type { Attempt, SourceLine } from './source-line.js';

export function isTabCellLine(l: SourceLine): boolean {
  return l.raw.startsWith('\t') && !l.text.includes('\t');
}

export function readTabCellLines(lines: readonly SourceLine[], start: number): Attempt<TableBlock> {
  const first = lines[start];
  if (first === undefined || !isTabCellLine(first) || first.text === '') return { value: null, next: start + 1 };
  const rows: GridRow[] = [];
  let row: SourceLine[] = [];
  let next = start;
  const closeRow = (): void => {
    const a = row[0];
    const b = row[row.length - 1];
    if (a !== undefined && b !== undefined) rows.push({ cells: row.map((l) => l.text), line: a.line, endLine: b.line });
    row = [];
  };
  for (let i = start; i < lines.length; i++) {
    const l = lines[i];
    if (l === undefined) break;
    if (isTabCellLine(l)) {
      row.push(l);
      next = i + 1;
    } else if (l.text === '') {
      closeRow();
    } else {
      break;
    }
  }
  closeRow();
  // any later start inside this stretch sees a subset of these rows, and fails too
  if (rows.length < 2 || !rows.some((r) => r.cells.length >= 2)) return { value: null, next };
  return { value: toTableBlock(rows, 'tab-cell-lines'), next };
}
