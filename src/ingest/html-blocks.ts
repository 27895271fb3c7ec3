/**
 * mammoth's HTML → blocks: paragraphs (with heading level and restored list
 * number) and tables as rectangular grids, merged cells expanded so every
 * covered cell repeats the merged value. A table nested in a cell becomes a
 * block of its own right after its outer table, and its text is left out of
 * the outer cell.
 *
 * One streaming pass (htmlparser2's tag and text events, no DOM): each open
 * element gets a frame saying what its content is for — walked for blocks,
 * paragraph text, cell text, or ignored.
 */
import { Parser } from 'htmlparser2';
import type { Block, TableBlock } from '../model.js';
import { LIST_NUMBER_CLOSE, LIST_NUMBER_OPEN, markedValue, OUTLINE_CLOSE, OUTLINE_OPEN, withoutMarkers } from './docx-markers.js';

export interface HtmlBlocks {
  blocks: Block[];
  warnings: string[];
}

const HEADING_TAG = /^h([1-6])$/;
const HEADING_CLASS = /(?:^|\s)heading-([1-9])(?:\s|$)/;
const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'table', 'tr', 'td', 'th']);
const ROW_GROUPS = new Set(['thead', 'tbody', 'tfoot']);

/**
 * An element's text as it streams by: paragraphs and line breaks become
 * newlines (one at most in a row); nested tables and lists are not fed in.
 */
class TextOut {
  private out = '';
  add(text: string): void {
    this.out += text;
  }
  lineBreak(): void {
    this.out += '\n';
  }
  openBlock(): void {
    if (this.out !== '' && !this.out.endsWith('\n')) this.out += '\n';
  }
  closeBlock(): void {
    if (!this.out.endsWith('\n')) this.out += '\n';
  }
  text(): string {
    return this.out.replace(/\n{2,}/g, '\n');
  }
}

interface Cell {
  text: string;
  colspan: number;
  rowspan: number;
}

interface TableDraft {
  rows: Cell[][];
  /** tables in its cells, in document order */
  nested: TableDraft[];
}

type Draft = { type: 'paragraph'; headingLevel: number | null; out: TextOut } | { type: 'table'; table: TableDraft };

type Frame =
  /** children are walked for blocks */
  | { kind: 'walk' }
  /** the p, h1–h6 or li a paragraph is read from; an li's own ul/ol are walked */
  | { kind: 'paragraph'; out: TextOut; isListItem: boolean }
  /** inside a paragraph or cell: its text counts */
  | { kind: 'text'; out: TextOut; block: boolean; cell: TableDraft | null }
  /** a list inside a cell: its text does not count, tables in it still become blocks */
  | { kind: 'cell-list'; table: TableDraft }
  | { kind: 'table'; table: TableDraft; outermost: boolean }
  | { kind: 'row-group'; table: TableDraft }
  | { kind: 'row'; table: TableDraft; cells: Cell[] }
  | { kind: 'cell'; table: TableDraft; cells: Cell[]; out: TextOut; colspan: number; rowspan: number }
  | { kind: 'ignored' };

const WALK: Frame = { kind: 'walk' };
const IGNORED: Frame = { kind: 'ignored' };

export function htmlToBlocks(html: string, options: { maxTableRows: number }): HtmlBlocks {
  const drafts: Draft[] = [];
  const stack: Frame[] = [WALK];

  const enter = (parent: Frame, tag: string, attribs: Record<string, string>): Frame => {
    switch (parent.kind) {
      case 'walk': {
        const heading = HEADING_TAG.exec(tag);
        if (heading || tag === 'p' || tag === 'li') {
          const classLevel = tag === 'p' ? HEADING_CLASS.exec(attribs['class'] ?? '') : null;
          const out = new TextOut();
          const level = heading ? Number(heading[1]) : classLevel ? Number(classLevel[1]) : null;
          drafts.push({ type: 'paragraph', headingLevel: level, out });
          return { kind: 'paragraph', out, isListItem: tag === 'li' };
        }
        if (tag === 'table') {
          const table: TableDraft = { rows: [], nested: [] };
          drafts.push({ type: 'table', table });
          return { kind: 'table', table, outermost: true };
        }
        return WALK;
      }
      case 'paragraph':
      case 'text':
      case 'cell': {
        const cell = parent.kind === 'cell' ? parent.table : parent.kind === 'text' ? parent.cell : null;
        if (tag === 'table') {
          if (cell === null) return IGNORED;
          const table: TableDraft = { rows: [], nested: [] };
          cell.nested.push(table);
          return { kind: 'table', table, outermost: false };
        }
        if (tag === 'ul' || tag === 'ol') {
          if (parent.kind === 'paragraph' && parent.isListItem) return WALK;
          return cell === null ? IGNORED : { kind: 'cell-list', table: cell };
        }
        if (tag === 'br') {
          parent.out.lineBreak();
          return IGNORED;
        }
        const block = BLOCK_TAGS.has(tag);
        if (block) parent.out.openBlock();
        return { kind: 'text', out: parent.out, block, cell };
      }
      case 'cell-list':
        if (tag !== 'table') return parent;
        {
          const table: TableDraft = { rows: [], nested: [] };
          parent.table.nested.push(table);
          return { kind: 'table', table, outermost: false };
        }
      case 'table':
      case 'row-group':
        if (tag === 'tr') {
          const cells: Cell[] = [];
          parent.table.rows.push(cells);
          return { kind: 'row', table: parent.table, cells };
        }
        return parent.kind === 'table' && ROW_GROUPS.has(tag) ? { kind: 'row-group', table: parent.table } : IGNORED;
      case 'row':
        if (tag !== 'td' && tag !== 'th') return IGNORED;
        return { kind: 'cell', table: parent.table, cells: parent.cells, out: new TextOut(), colspan: span(attribs['colspan']), rowspan: span(attribs['rowspan']) };
      case 'ignored':
        return IGNORED;
    }
  };

  const leave = (frame: Frame): void => {
    if (frame.kind === 'text' && frame.block) frame.out.closeBlock();
    // a list number restored inside a cell (an auto-numbered 序号 column) is just part of the cell text
    if (frame.kind === 'cell') frame.cells.push({ text: withoutMarkers(frame.out.text()).trim(), colspan: frame.colspan, rowspan: frame.rowspan });
  };

  const parser = new Parser(
    {
      onopentag: (name, attribs) => {
        stack.push(enter(stack[stack.length - 1]!, name, attribs));
      },
      ontext: (text) => {
        const frame = stack[stack.length - 1]!;
        if (frame.kind === 'paragraph' || frame.kind === 'text' || frame.kind === 'cell') frame.out.add(text);
      },
      onclosetag: () => {
        if (stack.length > 1) leave(stack.pop()!);
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return toBlocks(drafts, options.maxTableRows);
}

function toBlocks(drafts: readonly Draft[], maxTableRows: number): HtmlBlocks {
  const blocks: Block[] = [];
  const warnings: string[] = [];
  let tableRowsLeft = maxTableRows;

  const pushTable = (draft: TableDraft): void => {
    let rows = tableGrid(draft.rows);
    if (rows.length > tableRowsLeft) {
      warnings.push(`table at block ${blocks.length}: only the first ${tableRowsLeft} of ${rows.length} rows were kept (row limit; raise it with --max-rows, in the library maxTableRows)`);
      rows = rows.slice(0, tableRowsLeft);
    }
    tableRowsLeft -= rows.length;
    if (rows.length > 0) {
      const block = blocks.length;
      const tableBlock: TableBlock = {
        type: 'table',
        rows,
        rowLocations: rows.map((_, row) => ({ block, row })),
        location: { block },
        layout: 'docx',
      };
      blocks.push(tableBlock);
    }
    for (const inner of draft.nested) pushTable(inner);
  };

  for (const draft of drafts) {
    if (draft.type === 'table') {
      pushTable(draft.table);
      continue;
    }
    const raw = draft.out.text().trim();
    if (raw === '') continue;
    const { text, listNumber, outlineLevel } = readMarkers(raw);
    if (text === '') continue;
    blocks.push({ type: 'paragraph', text, headingLevel: draft.headingLevel ?? outlineLevel, listNumber, location: { block: blocks.length } });
  }
  return { blocks, warnings };
}

/** `\uE000一、\uE001标题` → number `一、`, text `一、标题`; `\uE0022\uE003标题` → outline level 2. */
function readMarkers(raw: string): { text: string; listNumber: string | null; outlineLevel: number | null } {
  const listNumber = markedValue(raw, LIST_NUMBER_OPEN, LIST_NUMBER_CLOSE);
  const outline = Number(markedValue(raw, OUTLINE_OPEN, OUTLINE_CLOSE));
  return {
    text: withoutMarkers(raw).trim(),
    listNumber: listNumber === '' ? null : listNumber,
    outlineLevel: Number.isInteger(outline) && outline >= 1 && outline <= 9 ? outline : null,
  };
}

/** The rows as a rectangle: a cell with colspan/rowspan fills every slot it covers with its text. */
function tableGrid(rows: readonly Cell[][]): string[][] {
  const grid: string[][] = rows.map(() => []);
  rows.forEach((cells, rowIndex) => {
    const row = grid[rowIndex]!;
    let column = 0;
    for (const cell of cells) {
      while (row[column] !== undefined) column++;
      for (let r = 0; r < cell.rowspan && rowIndex + r < rows.length; r++) {
        const target = grid[rowIndex + r]!;
        for (let c = 0; c < cell.colspan; c++) target[column + c] = cell.text;
      }
      column += cell.colspan;
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  return grid.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ''));
}

function span(value: string | undefined): number {
  const n = Number.parseInt(value ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 1000) : 1;
}
