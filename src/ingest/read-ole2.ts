/**
 * An OLE2 compound file → what it holds decides how it is read: a Word
 * 97–2003 document (.doc, or a .wps in the same format) is read; an
 * encrypted Office file (a password-protected .docx/.xlsx is an OLE2 wrapper
 * holding `EncryptionInfo` and `EncryptedPackage`) and a .xls are refused,
 * each with its own plain reason.
 */
import type { SourceDocument } from '../model.js';
import type { IngestLimits } from './limits.js';
import { Ole2FormatError, readOle2, type Ole2Container } from './ole2-container.js';
import { readDoc } from './read-doc.js';
import { refuse } from './refusals.js';

export async function readOle2Document(
  bytes: Uint8Array,
  source: { path: string; sha256: string; bytes: number },
  limits: IngestLimits,
): Promise<SourceDocument> {
  const container = openContainer(bytes);
  const streams = container.streamNames;
  if (streams.has('EncryptionInfo') || streams.has('EncryptedPackage')) throw refuse.encrypted();
  if (streams.has('WordDocument')) {
    try {
      return await readDoc(container, source, limits);
    } catch (error) {
      if (error instanceof Ole2FormatError) throw refuse.corruptDoc(error.message);
      throw error;
    }
  }
  // BIFF8 keeps its sheets in `Workbook`, BIFF5 (Excel 95) in `Book`
  if (streams.has('Workbook') || streams.has('Book')) throw refuse.xls();
  throw refuse.legacyOffice();
}

function openContainer(bytes: Uint8Array): Ole2Container {
  try {
    return readOle2(bytes);
  } catch (error) {
    if (error instanceof Ole2FormatError) throw refuse.corruptDoc(error.message);
    throw error;
  }
}
