/**
 * One file from disk to its Report with findings. Whatever goes wrong reading
 * it becomes a failed report in plain words, never an exception, so a batch
 * always goes on. The size is checked before reading, so a huge file is
 * never pulled into memory.
 */
import { readFile, stat } from 'node:fs/promises';
import { DEFAULT_LIMITS, type IngestLimits } from '../ingest/limits.js';
import type { Report, SourceDocument } from '../model.js';
import { checkBytes, failedReport, toIngestError } from '../pipeline.js';
import { refuse } from '../ingest/refusals.js';
import { fileSystemError } from './read-failures.js';

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

export async function checkFile(path: string, limits: Partial<IngestLimits> = {}, onDocument?: (doc: SourceDocument) => void): Promise<Report> {
  const maxFileBytes = limits.maxFileBytes ?? DEFAULT_LIMITS.maxFileBytes;
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isFile() && info.size > maxFileBytes) return failedReport(path, null, refuse.tooLarge(info.size, maxFileBytes));
    bytes = await readFile(path);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return failedReport(path, null, fileSystemError(errorCode(error), detail));
  }
  try {
    return await checkBytes(path, bytes, { limits, ...(onDocument ? { onDocument } : {}) });
  } catch (error) {
    // a fault in parse or validate on this file: still one plain failed report, and the batch goes on
    return failedReport(path, bytes, toIngestError(error));
  }
}
