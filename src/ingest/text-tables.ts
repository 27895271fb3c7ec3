/**
 * Lines of a text file → blocks in document order, with the tables that text
 * extraction flattened put back into grids. Each layout lives in its own
 * module under text-tables/; this one decides which applies where:
 *
 * 1. tab-cell-lines — one tab-prefixed cell per line, rows split by blank lines (the seed)
 * 2. pipe           — `a | b | c` rows, or `cell |` lines cut by the header's width
 * 3. tab-row        — tab-separated cells, one row per line
 * 4. spaces         — cells aligned by runs of spaces, same count on consecutive lines
 * 5. cell-lines     — one cell per line with no separator: rows split by blank
 *                     lines (the seed without its tabs), or runs of short lines
 *                     cut into rows by header-driven chunking
 *                     (text-tables/periodic-cells.ts)
 *
 * The line layouts (the first four, and blank-separated cell-lines) are tried
 * at each non-blank line, in that order (a tab or a pipe is stronger evidence
 * than spacing). Lines none of them take are
 * paragraphs; consecutive short ones are then offered to cell-lines, which
 * leaves them alone unless it finds a clear period.
 */
import type { Block, ParagraphBlock, TableBlock } from '../model.js';
import { readCellLineRows } from './text-tables/cell-line-rows.js';
import { isCellLineCandidate, readCellLineRun } from './text-tables/cell-lines.js';
import { readPipeTable } from './text-tables/pipe.js';
import { readSpaceTable } from './text-tables/spaces.js';
import { readTabCellLines } from './text-tables/tab-cell-lines.js';
import { readTabRows } from './text-tables/tab-row.js';
import type { Attempt, SourceLine } from './text-tables/source-line.js';

export type { SourceLine } from './text-tables/source-line.js';

type LineLayout = (lines: readonly SourceLine[], start: number) => Attempt<TableBlock>;

const lineLayouts: readonly LineLayout[] = [readTabCellLines, readPipeTable, readTabRows, readSpaceTable, readCellLineRows];

export function recoverBlocks(lines: readonly SourceLine[]): Block[] {
  const blocks: Block[] = [];
  let run: SourceLine[] = [];
  const flushRun = (): void => {
    if (run.length === 0) return;
    for (const piece of readCellLineRun(run)) blocks.push(piece.kind === 'table' ? piece.table : paragraph(piece.line));
    run = [];
  };

  // per layout, the first line where a new attempt could succeed
  const retryFrom = lineLayouts.map(() => 0);
  let i = 0;
  while (i < lines.length) {
    const l = lines[i];
    if (l === undefined) break;
    const table = l.text === '' ? null : firstLayout(lines, i, retryFrom);
    if (table !== null) {
      flushRun();
      blocks.push(table.value);
      i = table.next;
      continue;
    }
    if (isCellLineCandidate(l)) {
      run.push(l);
    } else {
      flushRun();
      if (l.text !== '') blocks.push(paragraph(l));
    }
    i++;
  }
  flushRun();
  return blocks;
}

function firstLayout(lines: readonly SourceLine[], start: number, retryFrom: number[]): { value: TableBlock; next: number } | null {
  for (const [k, layout] of lineLayouts.entries()) {
    if (start < (retryFrom[k] ?? 0)) continue;
    const found = layout(lines, start);
    if (found.value !== null) return { value: found.value, next: found.next };
    retryFrom[k] = found.next;
  }
  return null;
}

function paragraph(l: SourceLine): ParagraphBlock {
  return { type: 'paragraph', text: l.text, headingLevel: null, listNumber: null, location: { line: l.line } };
}
