/**
 * What comes back to the main thread for one checked file: its console row
 * (the few numbers the summary and exit code need) and, when `--out` is
 * given, the text each output file gets. Never the Report itself: cloning it
 * across threads and serialising it there is the main thread's work that
 * would keep a second worker from paying off.
 */
import type { Lang } from '../export/lang.js';
import { reportTexts, type ReportTexts } from '../export/report-texts.js';
import { batchSignature, type BatchSignature } from '../batch/signature.js';
import type { Report, SourceDocument } from '../model.js';
import { summaryRow, type SummaryRow } from './console-summary.js';

export interface FileResult {
  row: SummaryRow;
  /** null when no outputs are written */
  texts: ReportTexts | null;
  /** what the batch stage needs of the report (hashes and keys, not the report); null for a file that could not be read */
  signature: BatchSignature | null;
}

export interface ResultOptions {
  lang: Lang;
  /** whether the output texts are wanted (`check --out`) */
  texts: boolean;
}

export function fileResult(report: Report, options: ResultOptions, doc: SourceDocument | null = null): FileResult {
  return {
    row: summaryRow(report, options.lang),
    texts: options.texts ? reportTexts(report, options.lang) : null,
    signature: report.summary.status === 'failed' ? null : batchSignature(report, doc),
  };
}
