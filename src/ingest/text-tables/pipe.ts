/**
 * Cells joined by `|`, in two flattenings seen in published reports:
 *
 * - rows: `a | b | c`, with or without leading/trailing pipes, one row per
 *   line (Markdown-style `|---|` rule lines are skipped). Rows that do not
 *   line up with the header are kept as written and padded.
 * - cell lines: every line is one cell ending in ` |`, and a bare `|` line is
 *   an empty cell. Rows are not marked, so the cells are cut by the header's
 *   width when a clear period shows (see periodic-cells.ts); otherwise the run
 *   stays one column, one cell per row, in order.
 *
 * A block is consecutive lines containing `|`; one line alone is prose that
 * happens to contain a pipe.
 */
import type { TableBlock } from '../../model.js';
import { findPeriodicTable } from './periodic-cells.js';
import { rowsOfWidth, toTableBlock } from './grid.js';
import type { Attempt, SourceLine } from './source-line.js';

const RULE_LINE = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$/;

export function readPipeTable(lines: readonly SourceLine[], start: number): Attempt<TableBlock> {
  const block: SourceLine[] = [];
  let i = start;
  for (; i < lines.length; i++) {
    const l = lines[i];
    if (l === undefined || !l.text.includes('|')) break;
    block.push(l);
  }
  if (block.length < 2) return { value: null, next: i };
  const content = block.filter((l) => !RULE_LINE.test(l.text));
  const table = content.every(isCellLine) ? cellLinesTable(content) : rowsTable(content);
  return { value: table, next: i };
}

/** `text |` or a bare `|`: exactly one pipe, at the end. */
function isCellLine(l: SourceLine): boolean {
  return l.text.indexOf('|') === l.text.length - 1;
}

function cellLinesTable(content: readonly SourceLine[]): TableBlock | null {
  const cells = content.map((l) => l.text.slice(0, -1).trim());
  const period = findPeriodicTable(cells, 0);
  if (period !== null && period.cellCount === cells.length) {
    return toTableBlock(rowsOfWidth(content, cells, 0, period.width, period.cellCount), 'pipe');
  }
  return toTableBlock(
    content.map((l, k) => ({ cells: [cells[k] ?? ''], line: l.line, endLine: l.line })),
    'pipe',
  );
}

function rowsTable(content: readonly SourceLine[]): TableBlock | null {
  if (content.length === 0) return null;
  return toTableBlock(
    content.map((l) => ({ cells: splitPipes(l.text), line: l.line, endLine: l.line })),
    'pipe',
  );
}

function splitPipes(text: string): string[] {
  let inner = text;
  if (inner.startsWith('|')) inner = inner.slice(1);
  if (inner.endsWith('|')) inner = inner.slice(0, -1);
  return inner.split('|').map((c) => c.trim());
}
