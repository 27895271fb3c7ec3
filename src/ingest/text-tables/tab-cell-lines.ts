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
  // first pass, allocation-free: where the stretch ends and whether it is a table
  let rowCount = 0;
  let widest = 0;
  let inRow = 0;
  let next = start;
  for (let i = start; i < lines.length; i++) {
    const l = lines[i];
    if (l === undefined) break;
    if (isTabCellLine(l)) {
      if (inRow === 0) rowCount++;
      inRow++;
      if (inRow > widest) widest = inRow;
      next = i + 1;
    } else if (l.text === '') {
      inRow = 0;
    } else {
      break;
    }
  }
  // any later start inside this stretch sees a subset of these rows, and fails too
  if (rowCount < 2 || widest < 2) return { value: null, next };

  const rows: GridRow[] = [];
  let row: SourceLine[] = [];
  const closeRow = (): void => {
    const a = row[0];
    const b = row[row.length - 1];
    if (a !== undefined && b !== undefined) rows.push({ cells: row.map((l) => l.text), line: a.line, endLine: b.line });
    row = [];
  };
  for (let i = start; i < next; i++) {
    const l = lines[i];
    if (l === undefined) break;
    if (isTabCellLine(l)) row.push(l);
    else closeRow();
  }
  closeRow();
  return { value: toTableBlock(rows, 'tab-cell-lines'), next };
}
