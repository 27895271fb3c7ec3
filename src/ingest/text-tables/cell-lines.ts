/**
 * Cells one per line with no separator at all (no tab, no pipe): a run of
 * short consecutive lines that the other layouts left as paragraphs. Rows are
 * recovered by header-driven chunking (periodic-cells.ts): the first table
 * found from the earliest line wins, lines before it stay paragraphs, and the
 * search goes on after it. Runs without a clear period stay paragraphs.
 */
import type { TableBlock } from '../../model.js';
import { classifyCell } from './cell-class.js';
import { findPeriodicTable, MIN_ROWS } from './periodic-cells.js';
import { rowsOfWidth, toTableBlock } from './grid.js';
import type { SourceLine } from './source-line.js';

/** a cell line is short; a longer line is a sentence and ends the run */
export const MAX_CELL_LINE_LENGTH = 60;

export type RunPiece = { kind: 'paragraph'; line: SourceLine } | { kind: 'table'; table: TableBlock };

export function isCellLineCandidate(l: SourceLine): boolean {
  return l.text !== '' && l.text.length <= MAX_CELL_LINE_LENGTH;
}

/** Split one run of consecutive short lines into paragraphs and cell-lines tables, in order. */
export function readCellLineRun(run: readonly SourceLine[]): RunPiece[] {
  // the smallest table is a 2-wide header and MIN_ROWS rows
  if (run.length < 2 * (MIN_ROWS + 1)) return run.map((line) => ({ kind: 'paragraph', line }));
  const cells = run.map((l) => l.text);
  const classes = cells.map(classifyCell);
  const pieces: RunPiece[] = [];
  let i = 0;
  while (i < run.length) {
    const period = findPeriodicTable(cells, i, classes);
    if (period === null) {
      const l = run[i];
      if (l !== undefined) pieces.push({ kind: 'paragraph', line: l });
      i++;
      continue;
    }
    pieces.push({ kind: 'table', table: toTableBlock(rowsOfWidth(run, cells, i, period.width, period.cellCount), 'cell-lines') });
    i += period.cellCount;
  }
  return pieces;
}
