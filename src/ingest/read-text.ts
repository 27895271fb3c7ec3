/**
 * Text files → SourceDocument: decode (decode-text.ts), split into lines with
 * any line ending, drop extraction debris (lexicon-debris.ts), and recover the
 * paragraphs and flattened tables in document order (text-tables.ts). Text is
 * otherwise kept as written — only trimmed — so a quote can be found again in
 * the file; full-width digits and the like are the parser's business.
 */
import type { Block, SourceDocument } from '../model.js';
import { decodeText } from './decode-text.js';
import { IngestError } from './ingest-error.js';
import { DOCUMENT_SHARING_HEADER, extractionDebris, PAGE_MARKER } from './lexicon-debris.js';
import type { IngestLimits } from './limits.js';
import { refuse, tableRowsDropped } from './refusals.js';
import { recoverBlocks, type SourceLine } from './text-tables.js';

export function readText(
  bytes: Uint8Array,
  source: { path: string; sha256: string; bytes: number },
  limits: IngestLimits,
): SourceDocument {
  if (bytes.length > limits.maxTextBytes) {
    throw refuse.textTooLarge(bytes.length, limits.maxTextBytes);
  }
  const { text, encoding } = decodeText(bytes);
  const warnings: string[] = [];
  const blocks = capTableRows(recoverBlocks(toSourceLines(text)), limits.maxTableRows, warnings);
  if (blocks.length === 0) {
    throw new IngestError(
      'empty',
      '文件中没有文字内容（为空或只有空白）。请提交含有报告正文的文件。',
      'The file has no text in it (empty or whitespace only). Submit the file that holds the report itself.',
    );
  }
  return { source: { ...source, format: 'txt', encoding }, blocks, warnings };
}

export function toSourceLines(text: string): SourceLine[] {
  const lines = text.split(/\r\n|\r|\n/).map((line, i) => {
    const raw = removeDebris(line);
    return { line: i + 1, raw, text: raw.trim() };
  });
  return removePageMarkers(lines);
}

function removeDebris(line: string): string {
  let out = line;
  for (const d of extractionDebris) if (out.includes(d.hint)) out = out.replace(d.pattern, '');
  return out;
}

/** how far into the file a document-sharing site's header is looked for */
const SHARING_HEADER_LINES = 30;
/** the same marker in the untrimmed line, after any leading indent */
const PAGE_MARKER_IN_RAW = new RegExp(`(?<=^\\s*)${PAGE_MARKER.source.slice(1)}`);

/**
 * A document-sharing site prints its pages as `1、…`, `2、…` at the start of
 * lines; read as the report's own numbering they become headings that cut
 * the text wherever a page happened to end. Only under such a site's header,
 * and only the run 1, 2, 3… in order, are they removed.
 */
function removePageMarkers(lines: SourceLine[]): SourceLine[] {
  const header = lines.slice(0, SHARING_HEADER_LINES).findIndex((l) => DOCUMENT_SHARING_HEADER.test(l.text));
  if (header < 0) return lines;
  let page = 1;
  return lines.map((l, i) => {
    const m = i > header ? PAGE_MARKER.exec(l.text) : null;
    if (!m || Number(m[1]) !== page) return l;
    page += 1;
    const raw = l.raw.replace(PAGE_MARKER_IN_RAW, '');
    return { ...l, raw, text: raw.trim() };
  });
}

/** Keep at most `maxRows` table rows in the whole file; say so when rows are dropped. */
function capTableRows(blocks: Block[], maxRows: number, warnings: string[]): Block[] {
  let left = maxRows;
  let dropped = 0;
  const kept: Block[] = [];
  for (const b of blocks) {
    if (b.type !== 'table') {
      kept.push(b);
      continue;
    }
    if (b.rows.length <= left) {
      left -= b.rows.length;
      kept.push(b);
      continue;
    }
    dropped += b.rows.length - left;
    if (left > 0) kept.push({ ...b, rows: b.rows.slice(0, left), rowLocations: b.rowLocations.slice(0, left) });
    left = 0;
  }
  if (dropped > 0) {
    warnings.push(tableRowsDropped(maxRows, dropped));
  }
  return kept;
}
