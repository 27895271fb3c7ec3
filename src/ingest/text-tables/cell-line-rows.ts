/**
 * The seed's flattening without the tabs: one cell per line, rows separated
 * by blank lines, no other separator. The blank lines mark the rows, so the
 * width is the header group's size; the rows must still look like a table
 * (periodic-cells.ts: a text header, then rows of that width whose columns
 * keep their kind, each with a number) because blank-separated groups of
 * short lines are also what headings over one-line paragraphs look like.
 * The table ends at the first group of another size or shape, so a failed
 * attempt reads no further than one group past the header.
 */
import type { TableBlock } from '../../model.js';
import { classifyCell, type CellClass } from './cell-class.js';
import { isCellLineCandidate } from './cell-lines.js';
import { hasLabelAndValue, rowFits } from './periodic-cells.js';
import { toTableBlock, type GridRow } from './grid.js';
import type { Attempt, SourceLine } from './source-line.js';

/** Rows are marked, so two rows after the header are evidence enough (as for tab-cell-lines). */
const MIN_MARKED_ROWS = 2;

interface Group {
  lines: SourceLine[];
  /** index in `lines` just after the group's last line */
  end: number;
}

export function readCellLineRows(lines: readonly SourceLine[], start: number): Attempt<TableBlock> {
  const fail = { value: null, next: start + 1 };
  const header = groupAt(lines, start);
  const width = header?.lines.length ?? 0;
  if (header === null || width < 2 || !header.lines.every((l) => classifyCell(l.text) === 'text')) return fail;

  const kinds: (CellClass | undefined)[] = new Array<CellClass | undefined>(width).fill(undefined);
  const groups: Group[] = [header];
  for (let next = nextGroupStart(lines, header.end); next !== -1; ) {
    const g = groupAt(lines, next);
    if (g === null || g.lines.length !== width || !rowFits(g.lines.map((l) => classifyCell(l.text)), 0, width, kinds)) break;
    groups.push(g);
    next = nextGroupStart(lines, g.end);
  }
  if (groups.length < MIN_MARKED_ROWS + 1 || !hasLabelAndValue(kinds)) return fail;

  const rows: GridRow[] = groups.map((g) => ({
    cells: g.lines.map((l) => l.text),
    line: g.lines[0]?.line ?? 0,
    endLine: g.lines[g.lines.length - 1]?.line ?? 0,
  }));
  return { value: toTableBlock(rows, 'cell-lines'), next: groups[groups.length - 1]?.end ?? start + 1 };
}

/** The short untabbed lines from i up to the next blank line, or null when i does not start one. */
function groupAt(lines: readonly SourceLine[], i: number): Group | null {
  const group: SourceLine[] = [];
  let k = i;
  for (; k < lines.length; k++) {
    const l = lines[k];
    if (l === undefined || l.text === '') break;
    if (!isCellLineCandidate(l) || l.raw.startsWith('\t')) return null;
    group.push(l);
  }
  return group.length === 0 ? null : { lines: group, end: k };
}

/** The index of the first non-blank line at or after i, past at least one blank line; -1 if none. */
function nextGroupStart(lines: readonly SourceLine[], i: number): number {
  let k = i;
  while (k < lines.length && lines[k]?.text === '') k++;
  return k > i && k < lines.length ? k : -1;
}
