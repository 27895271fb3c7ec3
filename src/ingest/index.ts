/**
 * Ingestion: a file's bytes → SourceDocument. The format is decided by the
 * bytes (a renamed .doc is still a .doc); files we cannot read are refused
 * with an IngestError that says, in plain words, what is wrong and what to do.
 */
import { createHash } from 'node:crypto';
import type { SourceDocument } from '../model.js';
import { DEFAULT_LIMITS, type IngestLimits } from './limits.js';
import { readDocx } from './read-docx.js';
import { readOle2Document } from './read-ole2.js';
import { readPdf } from './read-pdf.js';
import { readText } from './read-text.js';
import { readXlsx } from './read-xlsx.js';
import { refuse } from './refusals.js';
import { isWorkbook, sniffFormat } from './sniff-format.js';

export { IngestError, type IngestFailureKind } from './ingest-error.js';
export { DEFAULT_LIMITS, type IngestLimits } from './limits.js';
export { isWordLockFile } from './lock-file.js';

export async function ingest(file: { path: string; bytes: Uint8Array }, limits?: Partial<IngestLimits>): Promise<SourceDocument> {
  // an option left undefined keeps its default rather than erasing it
  const given = Object.fromEntries(Object.entries(limits ?? {}).filter(([, value]) => value !== undefined));
  const bounds: IngestLimits = { ...DEFAULT_LIMITS, ...given };
  const { bytes } = file;
  if (bytes.length > bounds.maxFileBytes) throw refuse.tooLarge(bytes.length, bounds.maxFileBytes);
  const source = { path: file.path, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length };
  switch (sniffFormat(bytes)) {
    case 'empty':
      throw refuse.empty();
    case 'ole2':
      return readOle2Document(bytes, source, bounds);
    case 'pdf':
      return readPdf(bytes, source, bounds);
    case 'zip':
      return isWorkbook(bytes) ? readXlsx(bytes, source, bounds) : readDocx(bytes, source, bounds);
    case 'text':
      return readText(bytes, source, bounds);
  }
}
