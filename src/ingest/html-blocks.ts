/**
 * mammoth's HTML → blocks: paragraphs (with heading level and restored list
 * number) and tables as rectangular grids, merged cells expanded so every
 * covered cell repeats the merged value. A table nested in a cell becomes a
 * block of its own right after its outer table, and its text is left out of
 * the outer cell.
 */
import * as cheerio from 'cheerio';
import type { CheerioAPI } from 'cheerio';
import type { Block, TableBlock } from '../model.js';
import { LIST_NUMBER_CLOSE, LIST_NUMBER_OPEN, markedValue, OUTLINE_CLOSE, OUTLINE_OPEN, withoutMarkers } from './docx-markers.js';

type Selection = ReturnType<CheerioAPI>;

export interface HtmlBlocks {
  blocks: Block[];
  warnings: string[];
}

const HEADING_TAG = /^h([1-6])$/;
const HEADING_CLASS = /(?:^|\s)heading-([1-9])(?:\s|$)/;
const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'table', 'tr', 'td', 'th']);

export function htmlToBlocks(html: string, options: { maxTableRows: number }): HtmlBlocks {
  // htmlparser2 rather than parse5: mammoth writes well-formed HTML, and this parses it about twice as fast
  const $ = cheerio.load(html, { xml: { xmlMode: false, decodeEntities: true } }, false);
  const blocks: Block[] = [];
  const warnings: string[] = [];
  let tableRowsLeft = options.maxTableRows;

  const pushParagraph = (element: Selection, headingLevel: number | null): void => {
    const raw = textOf(element.get(0) as HtmlNode).trim();
    if (raw === '') return;
    const { text, listNumber, outlineLevel } = readMarkers(raw);
    if (text === '') return;
    blocks.push({ type: 'paragraph', text, headingLevel: headingLevel ?? outlineLevel, listNumber, location: { block: blocks.length } });
  };

  const pushTable = (table: HtmlNode): void => {
    const nested: HtmlNode[] = [];
    let rows = tableGrid(table, nested);
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
    for (const inner of nested) pushTable(inner);
  };

  const walk = (nodes: Selection): void => {
    nodes.each((_, node) => {
      if (node.type !== 'tag') return;
      const element = $(node);
      const tag = node.name.toLowerCase();
      const headingTag = HEADING_TAG.exec(tag);
      if (headingTag) return pushParagraph(element, Number(headingTag[1]));
      if (tag === 'p') {
        const headingClass = HEADING_CLASS.exec(element.attr('class') ?? '');
        return pushParagraph(element, headingClass ? Number(headingClass[1]) : null);
      }
      if (tag === 'table') return pushTable(node as HtmlNode);
      if (tag === 'li') {
        pushParagraph(element, null);
        return walk(element.children('ul, ol'));
      }
      walk(element.children());
    });
  };

  walk($.root().children());
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

/** the parts of a parsed HTML node we read (domhandler's shape) */
interface HtmlNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: HtmlNode[];
}

/**
 * The element's text: paragraphs and line breaks become newlines, nested
 * tables and lists are left to their own blocks. Walks the parsed nodes
 * directly: wrapping every node in a cheerio selection cost seconds on big tables.
 */
function textOf(element: HtmlNode): string {
  let out = '';
  const visit = (node: HtmlNode): void => {
    if (node.type === 'text') {
      out += node.data ?? '';
      return;
    }
    if (node.type !== 'tag') return;
    const tag = (node.name ?? '').toLowerCase();
    if (tag === 'table' || tag === 'ul' || tag === 'ol') return;
    if (tag === 'br') {
      out += '\n';
      return;
    }
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock && out !== '' && !out.endsWith('\n')) out += '\n';
    for (const child of node.children ?? []) visit(child);
    if (isBlock && !out.endsWith('\n')) out += '\n';
  };
  for (const child of element.children ?? []) visit(child);
  return out.replace(/\n{2,}/g, '\n');
}

/**
 * The table's rows as a rectangle: a cell with colspan/rowspan fills every
 * slot it covers with its text. Tables nested in cells are collected into
 * `nested` instead of being read as part of the cell.
 */
function tableGrid(table: HtmlNode, nested: HtmlNode[]): string[][] {
  const rows = (table.children ?? []).flatMap((child) =>
    tagOf(child) === 'tr' ? [child] : ['thead', 'tbody', 'tfoot'].includes(tagOf(child)) ? (child.children ?? []).filter((row) => tagOf(row) === 'tr') : [],
  );
  const grid: string[][] = rows.map(() => []);
  rows.forEach((tr, rowIndex) => {
    const row = grid[rowIndex]!;
    let column = 0;
    for (const cellNode of tr.children ?? []) {
      if (tagOf(cellNode) !== 'td' && tagOf(cellNode) !== 'th') continue;
      nested.push(...outermostTables(cellNode));
      // a list number restored inside a cell (an auto-numbered 序号 column) is just part of the cell text
      const text = withoutMarkers(textOf(cellNode)).trim();
      const colspan = span(cellNode.attribs?.['colspan']);
      const rowspan = span(cellNode.attribs?.['rowspan']);
      while (row[column] !== undefined) column++;
      for (let r = 0; r < rowspan && rowIndex + r < rows.length; r++) {
        const target = grid[rowIndex + r]!;
        for (let c = 0; c < colspan; c++) target[column + c] = text;
      }
      column += colspan;
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  return grid.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ''));
}

function tagOf(node: HtmlNode): string {
  return node.type === 'tag' ? (node.name ?? '').toLowerCase() : '';
}

/** the tables inside a cell that are not inside another table of that cell */
function outermostTables(node: HtmlNode): HtmlNode[] {
  return (node.children ?? []).flatMap((child) => (tagOf(child) === 'table' ? [child] : outermostTables(child)));
}

function span(value: string | undefined): number {
  const n = Number.parseInt(value ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 1000) : 1;
}
