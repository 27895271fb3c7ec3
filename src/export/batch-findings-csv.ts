/**
 * `batch-findings.csv`: one row per pair of reports the batch stage relates —
 * both files, the code, and the finding as the first file's report has it
 * (its evidence: its own passages or rows, then the other file's).
 */
import type { FiledPair } from '../batch/run-batch.js';
import type { CsvCell } from './csv.js';
import { evidenceText } from './evidence-text.js';
import { findingMessage, type Lang } from './lang.js';

export const BATCH_FINDINGS_CSV_HEADER = ['file', 'otherFile', 'code', 'severity', 'message', 'expected', 'actual', 'evidence'] as const;

export function batchFindingsCsvRows(pairs: readonly FiledPair[], lang: Lang): CsvCell[][] {
  return pairs.map((p) => [p.fileA, p.fileB, p.code, p.severity, findingMessage(p.forA, lang), p.forA.expected, p.forA.actual, evidenceText(p.forA.evidence, lang)]);
}
