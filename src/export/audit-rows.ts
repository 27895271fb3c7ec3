/**
 * One report as the rows it adds to each sheet of audit.xlsx. Pure: a Report
 * in, plain cells out. A cell is a value, or a value with how to show it — a
 * number format that keeps the decimals as written (`12.50` → `0.00`), a
 * percentage (`99.97%` → 0.9997 as `0.00%`), a fill (a severity, a status, a
 * cell a finding points at) and a note (the finding). Made where the report
 * is (a pool worker) and sent on as text, like the CSV records.
 */
import { fromNumber, shift, toNumber } from '../decimal.js';
import type { Evidence, Finding, Form, FundsRow, Project, Report } from '../model.js';
import { AUDIT_SHEETS, FORM_KIND_WORDS, PROJECT_FIELD_OF_CODE, SEVERITY_WORDS, type SheetKey } from './audit-sheets.js';
import { evidenceText } from './evidence-text.js';
import { findingMessage, type Lang } from './lang.js';
import { checksText, statusWord } from './lexicon-checks.js';
import { declaredProjectCount, declaredScore, declaredTotalWan, failureReason, meanScore } from './report-figures.js';

export type AuditFill = 'error' | 'warning' | 'info' | 'flag' | 'ok' | 'findings' | 'unchecked' | 'failed';

export interface AuditRichCell {
  v: string | number | null;
  /** an Excel number format (`0.00`, `0.0%`) */
  fmt?: string;
  fill?: AuditFill;
  /** a cell note: the findings that point at this cell */
  note?: string;
}

export type AuditCell = string | number | null | AuditRichCell;
export type AuditRows = Record<SheetKey, AuditCell[][]>;

/** How many decimals a number was written with: from its cell text when that reads as the same number, else its own digits. */
export function writtenDecimals(value: number, raw: string | null = null): number {
  const m = raw === null ? null : /\d+(?:\.(\d+))?/.exec(raw.replace(/[,，\s]/g, ''));
  if (m && Number(m[0]) === Math.abs(value)) return m[1]?.length ?? 0;
  return Number.isFinite(value) ? fromNumber(value).scale : 0;
}

const decimalsFormat = (n: number): string => (n === 0 ? '0' : `0.${'0'.repeat(Math.min(n, 10))}`);

/** A number shown with the decimals it was written with. */
export function numberCell(value: number | null, raw: string | null = null): AuditCell {
  if (value === null || !Number.isFinite(value)) return value === null ? null : String(value);
  const decimals = writtenDecimals(value, raw);
  return decimals === 0 ? value : { v: value, fmt: decimalsFormat(decimals) };
}

/** A percentage (100 → 1 shown as `0%`), exact, at the decimals it was written with. */
export function percentCell(percent: number | null, raw: string | null = null): AuditCell {
  if (percent === null || !Number.isFinite(percent)) return percent === null ? null : String(percent);
  const fraction = toNumber(shift(fromNumber(percent), -2));
  return { v: fraction, fmt: `${decimalsFormat(writtenDecimals(percent, raw))}%` };
}

function withMarks(cell: AuditCell, notes: readonly string[] | undefined): AuditCell {
  if (!notes || notes.length === 0) return cell;
  const base: AuditRichCell = cell !== null && typeof cell === 'object' ? cell : { v: cell };
  return { ...base, fill: 'flag', note: notes.join('\n') };
}

const noteOf = (f: Finding, lang: Lang): string => `${f.code}: ${findingMessage(f, lang)}`;

/** The notes of the cells the findings point at, by a key of the cell. */
function marks(report: Report, lang: Lang, keyOf: (e: Evidence, f: Finding) => string | null): Map<string, string[]> {
  const byCell = new Map<string, string[]>();
  for (const f of report.findings) {
    for (const e of f.evidence) {
      const key = keyOf(e, f);
      if (key === null) continue;
      const notes = byCell.get(key) ?? [];
      const note = noteOf(f, lang);
      if (!notes.includes(note)) notes.push(note);
      byCell.set(key, notes);
    }
  }
  return byCell;
}

function projectField(f: Finding): 'name' | 'amount' | 'completion' | 'score' {
  const field = f.details?.field;
  if (field === 'amount' || field === 'completion' || field === 'score' || field === 'name') return field;
  return PROJECT_FIELD_OF_CODE[f.code] ?? 'name';
}

const projectKey = (tableId: string | null, row: number, field: string): string => `${tableId ?? ''}#${row}#${field}`;

function projectRows(report: Report, lang: Lang): AuditCell[][] {
  const { meta } = report;
  const flagged = marks(report, lang, (e, f) => (e.kind === 'row' ? projectKey(e.tableId, e.row, projectField(f)) : null));
  const mark = (p: Project, field: string, cell: AuditCell): AuditCell => withMarks(cell, flagged.get(projectKey(p.tableId, p.row, field)));
  return report.projects.map((p) => [
    report.source.path,
    meta.year,
    meta.county,
    meta.township,
    meta.entity,
    p.tableId,
    p.row,
    p.department,
    mark(p, 'name', p.name),
    p.nameKey,
    mark(p, 'amount', numberCell(p.amount, p.raw.amount)),
    p.amountUnit,
    numberCell(p.amountYuan),
    mark(p, 'completion', percentCell(p.completion, p.raw.completion)),
    mark(p, 'score', numberCell(p.score, p.raw.score)),
  ]);
}

const severityCell = (severity: Finding['severity'], lang: Lang): AuditCell => ({ v: SEVERITY_WORDS[severity][lang], fill: severity });

const valueCell = (v: Finding['expected']): AuditCell => (typeof v === 'number' ? numberCell(v) : v);

function findingRows(file: string, findings: readonly Finding[], lang: Lang, across: boolean): AuditCell[][] {
  return findings.map((f) => {
    const others = f.evidence.flatMap((e) => (e.kind === 'otherReport' ? [e.path] : []));
    const head = [file, f.code, severityCell(f.severity, lang), findingMessage(f, lang)];
    return across
      ? [...head, [...new Set(others)].join('; '), evidenceText(f.evidence, lang)]
      : [...head, valueCell(f.expected), valueCell(f.actual), evidenceText(f.evidence, lang)];
  });
}

function reportRow(report: Report, lang: Lang): AuditCell[] {
  const { meta, summary } = report;
  const declared = (v: number | string | null): AuditCell => (typeof v === 'number' ? numberCell(v) : v);
  return [
    report.source.path,
    meta.title,
    meta.year,
    meta.county,
    meta.township,
    meta.entity,
    meta.kind,
    declared(declaredProjectCount(report)),
    summary.projectCount,
    declared(declaredTotalWan(report)),
    numberCell(summary.amountTotal),
    declared(declaredScore(report)),
    { v: meanScore(report), fmt: '0.00' },
    summary.errors,
    summary.warnings,
    summary.infos,
    { v: statusWord(summary.status, lang), fill: summary.status },
    checksText(summary.checks, lang),
    failureReason(report, lang),
  ];
}

/** The row a form's funds figures are read from: 年度资金总额 when it has one, else its first row. */
function fundsTotal(form: Form): { row: FundsRow; index: number } | null {
  const index = form.funds.findIndex((r) => r.role === 'total');
  const at = index >= 0 ? index : form.funds.length > 0 ? 0 : -1;
  const row = form.funds[at];
  return row ? { row, index: at } : null;
}

const formKey = (formId: string, part: string, index: number, field: string): string => `${formId}#${part}#${index}#${field}`;

function formRows(report: Report, lang: Lang): AuditCell[][] {
  const { meta } = report;
  const flagged = marks(report, lang, (e) => (e.kind === 'formCell' ? formKey(e.formId, e.part, e.index, e.field) : null));
  return report.forms.map((form) => {
    const total = fundsTotal(form);
    const funds = (field: keyof FundsRow['raw'], cell: AuditCell): AuditCell =>
      total ? withMarks(cell, flagged.get(formKey(form.id, 'funds', total.index, field))) : cell;
    const r = total?.row ?? null;
    const findings = report.findings.filter((f) => f.evidence.some((e) => e.kind === 'formCell' && e.formId === form.id)).length;
    return [
      report.source.path,
      form.year ?? meta.year,
      meta.county,
      meta.entity,
      FORM_KIND_WORDS[form.kind][lang],
      form.id,
      form.projectName,
      form.department,
      form.implementer,
      form.unit,
      funds('initial', numberCell(r?.initial ?? null, r?.raw.initial ?? null)),
      funds('adjusted', numberCell(r?.adjusted ?? null, r?.raw.adjusted ?? null)),
      funds('executed', numberCell(r?.executed ?? null, r?.raw.executed ?? null)),
      funds('weight', numberCell(r?.weight ?? null, r?.raw.weight ?? null)),
      funds('rate', percentCell(r?.rate ?? null, r?.raw.rate ?? null)),
      funds('score', numberCell(r?.score ?? null, r?.raw.score ?? null)),
      withMarks(numberCell(form.total?.weight ?? null, form.total?.raw.weight ?? null), flagged.get(formKey(form.id, 'total', 0, 'weight'))),
      withMarks(numberCell(form.total?.score ?? null, form.total?.raw.score ?? null), flagged.get(formKey(form.id, 'total', 0, 'score'))),
      findings,
    ];
  });
}

function indicatorRows(report: Report, lang: Lang): AuditCell[][] {
  const flagged = marks(report, lang, (e) => (e.kind === 'formCell' && e.part === 'indicator' ? formKey(e.formId, e.part, e.index, e.field) : null));
  return report.forms.flatMap((form) =>
    form.indicators.map((ind, index) => {
      const mark = (field: string, cell: AuditCell): AuditCell => withMarks(cell, flagged.get(formKey(form.id, 'indicator', index, field)));
      return [
        report.source.path,
        form.id,
        form.projectName,
        ind.level1,
        ind.level2,
        mark('name', ind.name),
        mark('target', ind.target),
        mark('actual', ind.actual),
        mark('weight', numberCell(ind.weight, ind.raw.weight)),
        mark('score', numberCell(ind.score, ind.raw.score)),
        ind.note,
      ];
    }),
  );
}

export function auditRows(report: Report, lang: Lang): AuditRows {
  return {
    reports: [reportRow(report, lang)],
    findings: findingRows(report.source.path, report.findings, lang, false),
    projects: projectRows(report, lang),
    forms: formRows(report, lang),
    indicators: indicatorRows(report, lang),
    across: findingRows(report.source.path, report.batchFindings, lang, true),
  };
}

/** The 跨报告 rows of one report's batch findings, known only after the batch stage, as `auditRowsText` writes them. */
export function acrossRowsText(file: string, findings: readonly Finding[], lang: Lang): string {
  return findingRows(file, findings, lang, true)
    .map((row) => `across\t${JSON.stringify(row)}\n`)
    .join('');
}

/**
 * The rows as text to send between threads: one line per row, `<sheet>\t<JSON cells>`. JSON escapes every
 * line break, so a line is always one whole row.
 */
export function auditRowsText(report: Report, lang: Lang): string {
  const rows = auditRows(report, lang);
  let text = '';
  for (const sheet of AUDIT_SHEETS) for (const row of rows[sheet.key]) text += `${sheet.key}\t${JSON.stringify(row)}\n`;
  return text;
}
