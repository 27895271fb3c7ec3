/**
 * Cells aligned by runs of spaces: `项目名称  金额  完成率`, one row per line,
 * separated by two or more spaces or by ideographic spaces (U+3000). Prose
 * has double spaces too, so this needs two or more consecutive lines with the
 * same number of cells, at least three, none of them paragraph-long.
 */
import type { TableBlock } from '../../model.js';
import { toTableBlock, type GridRow } from './grid.js';
import type { Attempt, SourceLine } from './source-line.js';

const SEPARATOR = /[ \u00a0\u3000]{2,}|\u3000/;
const MIN_CELLS = 3;
/** a longer "cell" is a sentence, and the line is prose */
const MAX_CELL_LENGTH = 80;

export function spaceCells(text: string): string[] | null {
  if (!text.includes('  ') && !text.includes('\u3000') && !text.includes('\u00a0')) return null;
  const cells = text.split(SEPARATOR);
  if (cells.length < MIN_CELLS || cells.some((c) => c.length > MAX_CELL_LENGTH)) return null;
  return cells;
}

export function readSpaceTable(lines: readonly SourceLine[], start: number): Attempt<TableBlock> {
  const first = lines[start];
  const width = first === undefined ? undefined : spaceCells(first.text)?.length;
  if (width === undefined) return { value: null, next: start + 1 };
  const rows: GridRow[] = [];
  let i = start;
  for (; i < lines.length; i++) {
    const l = lines[i];
    const cells = l === undefined ? null : spaceCells(l.text);
    if (l === undefined || cells === null || cells.length !== width) break;
    rows.push({ cells, line: l.line, endLine: l.line });
  }
  // the next line may start a table of another width
  if (rows.length < 2) return { value: null, next: start + 1 };
  return { value: toTableBlock(rows, 'spaces'), next: i };
}
