/**
 * A PDF → SourceDocument, from its text layer (pdfjs-dist): each page's text
 * runs become lines (pdf/page-lines.ts), page headers, footers and numbers
 * are dropped (pdf/running-text.ts), and the lines become paragraphs and
 * tables (pdf/page-blocks.ts), each located by page. A PDF with no text at
 * all is a scan and is refused (OCR is not done here); one that needs a
 * password is refused; pages and text are bounded.
 */
import type { SourceDocument } from '../model.js';
import { IngestError } from './ingest-error.js';
import type { IngestLimits } from './limits.js';
import { openPdf, pageRuns, type PdfDocument } from './pdf/open-pdf.js';
import { pageBlocks } from './pdf/page-blocks.js';
import { pageLines, type PageLine } from './pdf/page-lines.js';
import { dropRunningText } from './pdf/running-text.js';
import { pdfPagesWithoutText, refuse, tableRowsDropped } from './refusals.js';

export async function readPdf(
  bytes: Uint8Array,
  source: { path: string; sha256: string; bytes: number },
  limits: IngestLimits,
): Promise<SourceDocument> {
  const pdf = await open(bytes);
  try {
    if (pdf.numPages === 0) throw refuse.corruptPdf('it has no pages');
    if (pdf.numPages > limits.maxPdfPages) throw refuse.tooManyPages(pdf.numPages, limits.maxPdfPages);
    const pages: { lines: PageLine[]; height: number }[] = [];
    const textless: number[] = [];
    let characters = 0;
    for (let number = 1; number <= pdf.numPages; number++) {
      const { runs, height } = await readPage(pdf, number);
      characters += runs.reduce((sum, run) => sum + run.text.length, 0);
      // UTF-16 units, at most 3 bytes of UTF-8 each: the same bound a text file has
      if (characters * 3 > limits.maxTextBytes) throw refuse.pdfTextTooLarge(limits.maxTextBytes);
      if (runs.length === 0) textless.push(number);
      pages.push({ lines: pageLines(runs, number), height });
    }
    if (textless.length === pdf.numPages) throw refuse.pdfNoText(pdf.numPages);
    const warnings = textless.length > 0 ? [pdfPagesWithoutText(textless)] : [];
    const blocks = capTableRows(pageBlocks(dropRunningText(pages)), limits.maxTableRows, warnings);
    if (blocks.length === 0) throw refuse.pdfNoText(pdf.numPages);
    return { source: { ...source, format: 'pdf', encoding: null }, blocks, warnings };
  } finally {
    await pdf.destroy().catch(() => undefined);
  }
}

async function open(bytes: Uint8Array): Promise<PdfDocument> {
  try {
    return await openPdf(bytes);
  } catch (error) {
    throw asRefusal(error, 'the file structure cannot be read');
  }
}

async function readPage(pdf: PdfDocument, number: number): ReturnType<typeof pageRuns> {
  try {
    return await pageRuns(await pdf.getPage(number));
  } catch (error) {
    throw asRefusal(error, `page ${number} cannot be read`);
  }
}

/** pdf.js's errors in plain words; ours pass through. */
function asRefusal(error: unknown, where: string): IngestError {
  if (error instanceof IngestError) return error;
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') return refuse.encryptedPdf();
  if (error instanceof RangeError) return refuse.corruptPdf(`${where}: its objects are nested too deeply`);
  return refuse.corruptPdf(where);
}

/** Keep at most `maxRows` table rows in the whole file; say so when rows are dropped. */
function capTableRows(blocks: SourceDocument['blocks'], maxRows: number, warnings: string[]): SourceDocument['blocks'] {
  let left = maxRows;
  let dropped = 0;
  const kept = blocks.map((block) => {
    if (block.type !== 'table') return block;
    const keep = Math.min(left, block.rows.length);
    dropped += block.rows.length - keep;
    left -= keep;
    return keep === block.rows.length ? block : { ...block, rows: block.rows.slice(0, keep), rowLocations: block.rowLocations.slice(0, keep) };
  });
  if (dropped > 0) warnings.push(tableRowsDropped(maxRows, dropped));
  return kept.filter((block) => block.type !== 'table' || block.rows.length > 0);
}
