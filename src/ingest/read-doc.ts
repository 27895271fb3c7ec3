/**
 * A Word 97–2003 file (.doc, and the .wps WPS writes in the same format) →
 * SourceDocument. The OLE2 container is opened by our bounded reader
 * (ole2-container.ts); word-extractor decodes the Word binary itself (piece
 * table, deleted revisions, header/footer stories, table row ends). We take
 * its main-document text before its own clean-up, because that clean-up turns
 * cell marks into tabs, and a tab typed inside a cell would then split it.
 */
import { createRequire } from 'node:module';
import type { Block, SourceDocument } from '../model.js';
import type { IngestLimits } from './limits.js';
import type { Ole2Container } from './ole2-container.js';
import { refuse, tableRowsDropped } from './refusals.js';

const require = createRequire(import.meta.url);

interface Piece {
  startCp: number;
  endCp: number;
  text: string;
  startFilePos: number;
  size: number;
  bpc: number;
}

/** The parts of word-extractor's OLE extractor we drive (it has no type declarations). */
interface WordOleExtractor {
  _pieces: Piece[];
  _boundaries: { ccpText: number };
  extractWordDocument(document: unknown, wordDocument: Buffer): Promise<unknown>;
  documentStream(document: unknown, name: string): Promise<unknown>;
  streamBuffer(stream: unknown): Promise<Buffer>;
  buildDocument(): unknown;
  writeParagraphProperties(wordDocument: Buffer, table: Buffer): void;
}
const WordOleExtractorClass = require('word-extractor/lib/word-ole-extractor.js') as new () => WordOleExtractor;

/** Word's marks in the main text (MS-DOC 2.8): */
const CELL_END = '\u0007';
/** word-extractor writes a newline over each table row's end mark (the TTP paragraph) */
const ROW_END = '\n';
const PARAGRAPH_END = '\r';
const LINE_BREAK = '\u000b';
/** a paragraph inside a cell: we mark its end with a line break so it stays in its cell */
const SPRM_IN_TABLE = 0x2416;
/** nFib of Word 97 and later; Word 6/95 files use another layout word-extractor cannot read */
const WORD_97_NFIB = 0x00c1;
const FIB_ENCRYPTED = 0x0100;

export async function readDoc(
  container: Ole2Container,
  source: { path: string; sha256: string; bytes: number },
  limits: IngestLimits,
): Promise<SourceDocument> {
  const wordDocument = container.stream('WordDocument');
  if (!wordDocument) throw refuse.legacyOffice();
  const fib = Buffer.from(wordDocument.buffer, wordDocument.byteOffset, wordDocument.byteLength);
  if (fib.length < 0x1a2 + 4 || fib.readUInt16LE(0) !== 0xa5ec) throw refuse.corruptDoc('the WordDocument stream does not start like a Word document');
  if (fib.readUInt16LE(2) < WORD_97_NFIB) throw refuse.oldWord();
  if ((fib.readUInt16LE(0x0a) & FIB_ENCRYPTED) !== 0) throw refuse.encrypted();

  const text = await mainText(container, fib);
  const { blocks, warnings } = textToBlocks(text, limits.maxTableRows);
  return { source: { ...source, format: 'doc', encoding: null }, blocks, warnings };
}

/** The main document's characters, deleted revisions and header/footer stories already removed by word-extractor. */
async function mainText(container: Ole2Container, fib: Buffer): Promise<string> {
  const extractor = new WordOleExtractorClass();
  let body: string | null = null;
  // streams come from our container, not word-extractor's OLE reader
  extractor.documentStream = async (_document, name) => name;
  extractor.streamBuffer = async (name) => {
    const data = container.stream(name as string);
    if (!data) throw new Error(`the ${String(name)} stream is missing`);
    return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  };
  const writeParagraphProperties = extractor.writeParagraphProperties.bind(extractor);
  extractor.writeParagraphProperties = (wordDocument, table) => {
    writeParagraphProperties(wordDocument, table);
    markParagraphsInCells(extractor._pieces, wordDocument, table);
  };
  extractor.buildDocument = () => {
    body = textRange(extractor._pieces, 0, extractor._boundaries.ccpText);
    return null;
  };
  try {
    await extractor.extractWordDocument(null, fib);
  } catch (error) {
    if (error instanceof Error && error.name === 'IngestError') throw error;
    // word-extractor's messages are offsets and buffer errors: not words for the person submitting
    throw refuse.corruptDoc('its text or formatting tables cannot be decoded');
  }
  return body ?? '';
}

function textRange(pieces: readonly Piece[], start: number, end: number): string {
  let out = '';
  for (const piece of pieces) {
    const from = Math.max(start, piece.startCp);
    const to = Math.min(end, piece.endCp);
    if (from < to) out += piece.text.substring(from - piece.startCp, to - piece.startCp);
  }
  return out;
}

/**
 * A cell holding several paragraphs ends all but the last with a paragraph
 * mark, which in plain text looks like prose before the table. Word flags
 * those paragraphs "in table" (sprmPFInTable); we turn their marks into line
 * breaks, so a paragraph mark outside a row always means a paragraph.
 * Same walk over the paragraph property pages as word-extractor's own.
 */
function markParagraphsInCells(pieces: Piece[], wordDocument: Buffer, table: Buffer): void {
  const fc = wordDocument.readUInt32LE(0x0102);
  const lcb = wordDocument.readUInt32LE(0x0106);
  const count = (lcb - 4) / 8;
  if (!Number.isInteger(count) || count <= 0 || fc + lcb > table.length) return;
  const plc = table.subarray(fc, fc + lcb);
  for (let i = 0; i < count; i++) {
    const pageNumber = plc.readUInt32LE((count + 1) * 4 + i * 4);
    const page = wordDocument.subarray(pageNumber * 512, (pageNumber + 1) * 512);
    if (page.length < 512) continue;
    const runs = page.readUInt8(511);
    for (let j = 0; j < runs; j++) {
      const paragraphEnd = page.readUInt32LE((j + 1) * 4);
      const bxIndex = page.readUInt8((runs + 1) * 4 + j * 13) * 2;
      if (bxIndex === 0) continue;
      const cb = page.readUInt8(bxIndex);
      const properties = cb !== 0 ? page.subarray(bxIndex + 1, bxIndex + 2 * cb) : page.subarray(bxIndex + 2, bxIndex + 2 + 2 * page.readUInt8(bxIndex + 1));
      if (inTable(properties)) replaceLastChar(pieces, paragraphEnd, PARAGRAPH_END, LINE_BREAK);
    }
  }
}

function inTable(properties: Buffer): boolean {
  // istd (2 bytes), then sprms: opcode (2 bytes) and an operand whose size the opcode's spra says
  for (let at = 2; at + 2 < properties.length; ) {
    const sprm = properties.readUInt16LE(at);
    at += 2;
    if (sprm === SPRM_IN_TABLE) return properties.readUInt8(at) !== 0;
    const spra = sprm >> 13;
    at += spra === 6 ? properties.readUInt8(at) + 1 : ([1, 1, 2, 4, 2, 2, 0, 3][spra] ?? 1);
  }
  return false;
}

/** Overwrites the character just before file position `end` when it is `from` (lengths never change). */
function replaceLastChar(pieces: Piece[], end: number, from: string, to: string): void {
  const piece = pieces.find((p) => end > p.startFilePos && end <= p.startFilePos + p.size);
  if (!piece) return;
  const index = (end - piece.startFilePos) / piece.bpc - 1;
  if (piece.text[index] === from) piece.text = piece.text.slice(0, index) + to + piece.text.slice(index + 1);
}

/**
 * Word's own marks → blocks: paragraph marks end paragraphs, cell marks end
 * cells, a row end closes a row; rows in a run form one table. Fields keep
 * their shown result, not their code; anchors of pictures, notes and
 * comments are dropped.
 */
export function textToBlocks(raw: string, maxTableRows: number): { blocks: Block[]; warnings: string[] } {
  const text = fieldResults(raw.replace(/\u0000/g, ''))
    .replace(/[\u0001\u0002\u0003\u0004\u0005\u0006\u0008\u001f]/g, '')
    .replace(/\u001e/g, '-')
    .replace(/[\u000c\u000e]/g, PARAGRAPH_END);
  const blocks: Block[] = [];
  let rows: string[][] = [];
  let row: string[] = [];
  let current = '';
  let droppedRows = 0;

  const flushTable = (): void => {
    if (rows.length === 0) return;
    const width = Math.max(...rows.map((r) => r.length));
    const grid = rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]);
    const block = blocks.length;
    blocks.push({ type: 'table', rows: grid, rowLocations: grid.map((_, rowIndex) => ({ block, row: rowIndex })), location: { block }, layout: 'doc' });
    rows = [];
  };

  for (const char of text) {
    if (char === CELL_END) {
      row.push(cellText(current));
      current = '';
    } else if (char === ROW_END) {
      if (row.length > 0) {
        if (rows.length < maxTableRows) rows.push(row);
        else droppedRows++;
      }
      row = [];
      current = '';
    } else if (char === PARAGRAPH_END) {
      // a paragraph mark after cells but before the row end: a nested table's row, kept in the outer row
      if (row.length > 0) {
        current += '\n';
        continue;
      }
      flushTable();
      const paragraph = current.replace(/\u000b/g, '\n').trim();
      if (paragraph !== '') blocks.push({ type: 'paragraph', text: paragraph, headingLevel: null, listNumber: null, location: { block: blocks.length } });
      current = '';
    } else {
      current += char;
    }
  }
  if (row.length > 0 && rows.length < maxTableRows) rows.push(row);
  flushTable();
  const last = current.replace(/\u000b/g, '\n').trim();
  if (last !== '') blocks.push({ type: 'paragraph', text: last, headingLevel: null, listNumber: null, location: { block: blocks.length } });
  return { blocks, warnings: droppedRows > 0 ? [tableRowsDropped(maxTableRows, droppedRows)] : [] };
}

function cellText(raw: string): string {
  return raw
    .split(/[\u000b\r\n]/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** A field is `\x13 code \x14 result \x15` (the result is optional); fields nest, so the innermost goes first. */
function fieldResults(text: string): string {
  let previous: string;
  let out = text;
  do {
    previous = out;
    out = out.replace(/\u0013[^\u0013\u0014\u0015]*(?:\u0014([^\u0013\u0014\u0015]*))?\u0015/g, (_match, result: string | undefined) => result ?? '');
  } while (out !== previous);
  // an unbalanced mark left by a damaged file: drop the mark, keep the text
  return out.replace(/[\u0013\u0014\u0015]/g, '');
}
