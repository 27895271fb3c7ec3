/** `findings.csv`: one row per finding across all reports, message in the chosen language. */
import type { Report } from '../model.js';
import type { CsvCell } from './csv.js';
import { evidenceText } from './evidence-text.js';
import { findingMessage, type Lang } from './lang.js';

export const FINDINGS_CSV_HEADER = ['file', 'code', 'severity', 'message', 'expected', 'actual', 'evidence'] as const;

export function findingsCsvRows(report: Report, lang: Lang): CsvCell[][] {
  return report.findings.map((f) => [
    report.source.path,
    f.code,
    f.severity,
    findingMessage(f, lang),
    f.expected,
    f.actual,
    evidenceText(f.evidence, lang),
  ]);
}
