/**
 * The console's account of a run: one line per report (file, projects,
 * errors, warnings, status — 未核对/unchecked apart from 通过/ok), the reasons
 * of the files that could not be read, and the totals. Pure: rows in, text out. Columns line up for Chinese text
 * too (a CJK character takes two columns on a terminal).
 */
import type { Lang } from '../export/lang.js';
import type { Report } from '../model.js';
import { failureReason } from '../export/report-figures.js';
import { displayWidth } from '../export/text-width.js';
import { consoleText, fill } from './messages.js';

/** What the console keeps of each report: a few numbers, not the report. */
export interface SummaryRow {
  file: string;
  projects: number;
  errors: number;
  warnings: number;
  status: Report['summary']['status'];
  reason: string | null;
}

export function summaryRow(report: Report, lang: Lang): SummaryRow {
  const { summary } = report;
  return {
    file: report.source.path,
    projects: summary.projectCount,
    errors: summary.errors,
    warnings: summary.warnings,
    status: summary.status,
    reason: failureReason(report, lang),
  };
}

export interface Totals {
  reports: number;
  projects: number;
  errors: number;
  warnings: number;
  /** reports on which no comparing rule had anything to compare */
  unchecked: number;
  failed: number;
}

export function addToTotals(totals: Totals, row: SummaryRow): Totals {
  return {
    reports: totals.reports + 1,
    projects: totals.projects + row.projects,
    errors: totals.errors + row.errors,
    warnings: totals.warnings + row.warnings,
    unchecked: totals.unchecked + (row.status === 'unchecked' ? 1 : 0),
    failed: totals.failed + (row.status === 'failed' ? 1 : 0),
  };
}

export const NO_TOTALS: Totals = { reports: 0, projects: 0, errors: 0, warnings: 0, unchecked: 0, failed: 0 };

export { displayWidth };

function pad(text: string, width: number, right = false): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
}

export function formatElapsed(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

export function summaryTable(rows: readonly SummaryRow[], lang: Lang): string {
  const t = consoleText(lang);
  const header = [t.file, t.projects, t.errors, t.warnings, t.status];
  const cells = rows.map((r) => [r.file, String(r.projects), String(r.errors), String(r.warnings), t[`status.${r.status}`]]);
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...cells.map((c) => displayWidth(c[i] ?? ''))));
  const line = (c: readonly string[]): string =>
    c
      .map((text, i) => pad(text, widths[i] ?? 0, i >= 1 && i <= 3))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [line(header), rule, ...cells.map(line)].join('\n');
}

export function failedList(rows: readonly SummaryRow[], lang: Lang): string {
  const failed = rows.filter((r) => r.status === 'failed');
  if (failed.length === 0) return '';
  return [consoleText(lang).failedHeading, ...failed.map((r) => `  ${r.file}: ${r.reason ?? ''}`)].join('\n');
}

/** Under the table, once, when some report is unchecked: what 未核对 means (it is not 通过). */
export function uncheckedNote(rows: readonly SummaryRow[], lang: Lang): string {
  return rows.some((r) => r.status === 'unchecked') ? consoleText(lang).uncheckedNote : '';
}

/** The totals; `batchFindings` (pairs the batch stage found) is added when the batch stage ran. */
export function totalsLine(totals: Totals, elapsedMs: number, lang: Lang, batchFindings: number | null = null): string {
  const t = consoleText(lang);
  const line = fill(t.totals, { ...totals, elapsed: formatElapsed(elapsedMs) });
  return batchFindings === null ? line : line + fill(t.batchTotals, { batch: batchFindings });
}
