/**
 * An .xlsx → SourceDocument. The zip passes the same bounds as a .docx
 * (zip-bounds.ts) and the sheets' cell count is checked before exceljs sees
 * anything; exceljs then reads a stored (uncompressed) copy we rebuilt, so
 * nothing it inflates can exceed what we checked. Each visible sheet's used
 * range becomes blocks: a run of rows with two or more filled cells is a
 * table (merged cells expanded), a row with one filled cell (a title, a note,
 * a merged banner) is a paragraph. Cells read as Excel shows them.
 */
import type ExcelJS from 'exceljs';
import type { Block, SourceDocument } from '../model.js';
import { formatCell } from './xlsx-cell-text.js';
import type { IngestLimits } from './limits.js';
import { refuse } from './refusals.js';
import { checkDeclaredSizes, directoryOf, refuseEntityDeclarations, unpack } from './zip-bounds.js';
import { writeZip, type ZipFile } from './zip-entries.js';

/** pictures, embedded objects and printer settings: no text we read */
const OPAQUE_PART = /^xl\/(media|embeddings|printerSettings)\//;
const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;

export async function readXlsx(
  bytes: Uint8Array,
  source: { path: string; sha256: string; bytes: number },
  limits: IngestLimits,
): Promise<SourceDocument> {
  const entries = directoryOf(bytes, refuse.corruptXlsx);
  checkDeclaredSizes(entries, limits, refuse.corruptXlsx);
  const files = unpack(bytes, entries, limits, OPAQUE_PART, refuse.corruptXlsx);
  for (const file of files) refuseEntityDeclarations(file);
  const cells = files.filter((file) => SHEET_PART.test(file.name)).reduce((sum, file) => sum + countCells(file), 0);
  if (cells > limits.maxSheetCells) throw refuse.tooManyCells(cells, limits.maxSheetCells);

  // loaded on the first workbook: exceljs takes ~0.4 s to import, which every worker would pay for nothing
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    const stored = writeZip(files, { deflate: false });
    await workbook.xlsx.load(Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength) as unknown as ArrayBuffer);
  } catch {
    // exceljs's own message is parser internals: not words for the person submitting
    throw refuse.corruptXlsx('the workbook or one of its sheets cannot be parsed');
  }

  const blocks: Block[] = [];
  const warnings: string[] = [];
  let rowsLeft = limits.maxTableRows;
  for (const sheet of workbook.worksheets) {
    if (sheet.state !== 'visible') {
      warnings.push(`sheet ${sheet.name} is hidden and was not read / 工作表 ${sheet.name} 已隐藏，未读取`);
      continue;
    }
    const read = sheetBlocks(sheet, blocks.length, rowsLeft, limits.maxSheetCells);
    blocks.push(...read.blocks);
    rowsLeft -= read.tableRows;
    if (read.dropped > 0) warnings.push(`sheet ${sheet.name}: ${read.dropped} table rows over the row limit were not read (raise it with --max-rows, in the library maxTableRows)`);
    if (read.uncalculated > 0) warnings.push(`sheet ${sheet.name}: ${read.uncalculated} formula cells have no saved result and read as empty; open and save the file in Excel/WPS to calculate them`);
  }
  // a workbook with no visible filled cell has nothing to check: say so, as for an empty text file
  if (blocks.length === 0) throw refuse.empty();
  return { source: { ...source, format: 'xlsx', encoding: null }, blocks, warnings };
}

/**
 * `<c ` and `<c>` start a cell element, and a merged range makes exceljs
 * create every cell it covers: both counted on the bytes, before any XML is
 * parsed (one `<mergeCell ref="A1:XFD1048576"/>` would otherwise be 17
 * billion cells).
 */
function countCells(file: ZipFile): number {
  const data = Buffer.from(file.data.buffer, file.data.byteOffset, file.data.byteLength);
  let count = 0;
  for (const needle of ['<c ', '<c>']) {
    for (let at = data.indexOf(needle); at !== -1; at = data.indexOf(needle, at + 3)) count++;
  }
  for (let at = data.indexOf('<mergeCell '); at !== -1; at = data.indexOf('<mergeCell ', at + 11)) {
    const range = /ref="\$?([A-Za-z]{1,3})\$?(\d{1,7}):\$?([A-Za-z]{1,3})\$?(\d{1,7})"/.exec(data.toString('latin1', at, at + 80));
    if (!range) continue;
    const [, c1 = 'A', r1 = '1', c2 = 'A', r2 = '1'] = range;
    count += (Math.abs(columnNumber(c2) - columnNumber(c1)) + 1) * (Math.abs(Number(r2) - Number(r1)) + 1);
  }
  return count;
}

function columnNumber(name: string): number {
  let n = 0;
  for (const ch of name.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

interface SheetBlocks {
  blocks: Block[];
  tableRows: number;
  dropped: number;
  uncalculated: number;
}

function sheetBlocks(sheet: ExcelJS.Worksheet, firstBlock: number, rowsLeft: number, maxCells: number): SheetBlocks {
  // the grid of shown texts over the used range; a merged cell's value fills every cell it covers
  const texts = new Map<number, Map<number, { text: string; master: string }>>();
  let top = Infinity;
  let bottom = 0;
  let left = Infinity;
  let right = 0;
  let uncalculated = 0;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const shown = formatCell(cell.isMerged ? cell.master : cell);
      if (shown.uncalculated && !cell.isMerged) uncalculated++;
      if (shown.text === '') return;
      let line = texts.get(rowNumber);
      if (!line) texts.set(rowNumber, (line = new Map()));
      line.set(column, { text: shown.text, master: cell.isMerged ? cell.master.address : cell.address });
      top = Math.min(top, rowNumber);
      bottom = Math.max(bottom, rowNumber);
      left = Math.min(left, column);
      right = Math.max(right, column);
    });
  });

  const blocks: Block[] = [];
  let table: { rows: string[][]; rowNumbers: number[]; left: number; right: number } | null = null;
  let tableRows = 0;
  let dropped = 0;
  const flush = (): void => {
    if (!table) return;
    const { rows, rowNumbers } = table;
    const block = firstBlock + blocks.length;
    const from = table.left;
    const grid = rows.map((cells) => cells.slice(from - left, table!.right - left + 1));
    blocks.push({
      type: 'table',
      rows: grid,
      rowLocations: rowNumbers.map((rowNumber, row) => ({ block, row, sheet: sheet.name, cell: `${columnName(from)}${rowNumber}` })),
      location: { block, sheet: sheet.name, cell: `${columnName(from)}${rowNumbers[0]}` },
      layout: 'xlsx',
    });
    table = null;
  };

  for (let rowNumber = top; rowNumber <= bottom; rowNumber++) {
    const line = texts.get(rowNumber);
    if (!line) continue; // an empty row inside a table is spacing, not an end
    const masters = new Set([...line.values()].map((cell) => cell.master));
    const columns = [...line.keys()];
    if (masters.size === 1) {
      flush();
      const column = Math.min(...columns);
      blocks.push({
        type: 'paragraph',
        text: line.get(column)!.text,
        headingLevel: null,
        listNumber: null,
        location: { block: firstBlock + blocks.length, sheet: sheet.name, cell: `${columnName(column)}${rowNumber}` },
      });
      continue;
    }
    if (tableRows >= rowsLeft) {
      dropped++;
      continue;
    }
    // a few cells far apart (A1 and XFD1 on every row) would make a grid of billions: bounded like the cells themselves
    if ((tableRows + 1) * (right - left + 1) > maxCells) throw refuse.tooManyCells((tableRows + 1) * (right - left + 1), maxCells);
    const cells: string[] = [];
    for (let column = left; column <= right; column++) cells.push(line.get(column)?.text ?? '');
    if (!table) table = { rows: [], rowNumbers: [], left: Infinity, right: 0 };
    table.rows.push(cells);
    table.rowNumbers.push(rowNumber);
    table.left = Math.min(table.left, ...columns);
    table.right = Math.max(table.right, ...columns);
    tableRows++;
  }
  flush();
  return { blocks, tableRows, dropped, uncalculated };
}

/** 1 → A, 27 → AA */
export function columnName(column: number): string {
  let name = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
