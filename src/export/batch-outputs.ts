/**
 * The files of `check --out DIR`, written as each report arrives and never
 * held in memory: `reports/<name>.json`, `reports.jsonl`, the CSVs,
 * `report.html` and `audit.xlsx`. Writes are synchronous and one whole record per call, so a
 * run stopped by Ctrl-C leaves only complete lines behind. report.html's data
 * goes to a temp file as it comes and the page is assembled at the end;
 * audit.xlsx likewise from a temp file per sheet (see audit-xlsx.ts).
 *
 * The batch stage runs after every report is written, so `close` takes its
 * result: the reports it relates get their `batchFindings` rewritten in
 * reports/*.json and reports.jsonl (only those lines; the others are copied
 * as bytes, found by the offsets kept while writing), reports.csv's records
 * wait in a temp file and get their batch-findings count on the way out, and
 * batch-findings.csv and report.html's batch panel are written.
 * What each report adds is text made by `reportTexts` — in a pool worker for
 * `check`, so this side only orders and writes.
 */
import { closeSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { BatchResult } from '../batch/run-batch.js';
import type { Finding, Report } from '../model.js';
import { acrossRowsText } from './audit-rows.js';
import { AuditWorkbook } from './audit-xlsx.js';
import { BATCH_FINDINGS_CSV_HEADER, batchFindingsCsvRows } from './batch-findings-csv.js';
import { batchPanelHtml } from './batch-panel-html.js';
import { BOM, csvRecord } from './csv.js';
import { FINDINGS_CSV_HEADER } from './findings-csv.js';
import { FORMS_CSV_HEADER } from './forms-csv.js';
import { INDICATORS_CSV_HEADER } from './indicators-csv.js';
import type { Lang } from './lang.js';
import { PROJECTS_CSV_HEADER } from './projects-csv.js';
import { linkedHtmlEntryText, reportHtmlHead, reportHtmlTail } from './report-html.js';
import { ReportFileNames } from './report-file-name.js';
import { REPORTS_CSV_HEADER } from './reports-csv.js';
import { reportTexts, type ReportTexts } from './report-texts.js';
import { skippedCsv, skippedHtml, type SkippedFile } from './skipped-files.js';

export const OUTPUT_FILES = {
  reportsDir: 'reports',
  jsonl: 'reports.jsonl',
  projectsCsv: 'projects.csv',
  reportsCsv: 'reports.csv',
  findingsCsv: 'findings.csv',
  formsCsv: 'forms.csv',
  indicatorsCsv: 'indicators.csv',
  batchFindingsCsv: 'batch-findings.csv',
  html: 'report.html',
  workbook: 'audit.xlsx',
  skippedCsv: 'skipped.csv',
} as const;

const HTML_DATA_TEMP = '.report-html-data.tmp';
const REPORTS_CSV_TEMP = '.reports-csv.tmp';
const JSONL_TEMP = '.reports-jsonl.tmp';

/** reports.csv's last column: how many batch findings name the report (empty when the batch stage did not run). */
export const BATCH_COUNT_COLUMN = 'batchFindings';

function openCsv(file: string, header: readonly string[]): number {
  const fd = openSync(file, 'w');
  writeSync(fd, BOM + csvRecord(header));
  return fd;
}

export class BatchOutputs {
  private readonly names = new ReportFileNames();
  private readonly jsonl: number;
  private readonly projects: number;
  private readonly reports: number;
  private readonly findings: number;
  private readonly forms: number;
  private readonly indicators: number;
  private readonly htmlData: number;
  private readonly workbook: AuditWorkbook;
  private readonly reportsRecords: number;
  private entries = 0;
  private closed = false;
  private skipped: readonly SkippedFile[] = [];
  /** per report in input order: its file under reports/, its reports.jsonl line's offset, its reports.csv record's length */
  private readonly jsonNames: string[] = [];
  private readonly jsonlStarts: number[] = [];
  private readonly csvLengths: number[] = [];
  private jsonlBytes = 0;

  constructor(
    private readonly dir: string,
    private readonly lang: Lang,
  ) {
    mkdirSync(path.join(dir, OUTPUT_FILES.reportsDir), { recursive: true });
    this.jsonl = openSync(path.join(dir, OUTPUT_FILES.jsonl), 'w');
    this.projects = openCsv(path.join(dir, OUTPUT_FILES.projectsCsv), PROJECTS_CSV_HEADER);
    this.reports = openCsv(path.join(dir, OUTPUT_FILES.reportsCsv), [...REPORTS_CSV_HEADER, BATCH_COUNT_COLUMN]);
    this.reportsRecords = openSync(path.join(dir, REPORTS_CSV_TEMP), 'w');
    this.findings = openCsv(path.join(dir, OUTPUT_FILES.findingsCsv), FINDINGS_CSV_HEADER);
    this.forms = openCsv(path.join(dir, OUTPUT_FILES.formsCsv), FORMS_CSV_HEADER);
    this.indicators = openCsv(path.join(dir, OUTPUT_FILES.indicatorsCsv), INDICATORS_CSV_HEADER);
    this.htmlData = openSync(path.join(dir, HTML_DATA_TEMP), 'w');
    this.workbook = new AuditWorkbook(path.join(dir, OUTPUT_FILES.workbook), lang, dir);
  }

  /** Writes one report everywhere; returns its file name under reports/. */
  write(report: Report): string {
    return this.writeTexts(reportTexts(report, this.lang));
  }

  /** Writes one report's texts (made with this batch's language) everywhere; returns its file name under reports/. */
  writeTexts(texts: ReportTexts): string {
    const name = this.names.next(texts.file);
    writeFileWhole(path.join(this.dir, OUTPUT_FILES.reportsDir, name), texts.json);
    this.jsonNames.push(name);
    this.jsonlStarts.push(this.jsonlBytes);
    this.jsonlBytes += writeSync(this.jsonl, texts.jsonLine);
    // All of one report's rows in one write: a report's rows are never half there.
    writeText(this.projects, texts.projectsCsv);
    this.csvLengths.push(texts.reportsCsv === '' ? 0 : writeSync(this.reportsRecords, texts.reportsCsv));
    writeText(this.findings, texts.findingsCsv);
    writeText(this.forms, texts.formsCsv);
    writeText(this.indicators, texts.indicatorsCsv);
    const entry = linkedHtmlEntryText(texts.file, `${OUTPUT_FILES.reportsDir}/${encodeURIComponent(name)}`, texts.htmlEntryBody);
    writeSync(this.htmlData, `${this.entries === 0 ? '' : ',\n'}${entry}`);
    this.entries += 1;
    this.workbook.addText(texts.auditRows);
    return name;
  }

  /** The files found but not read (skipped.csv, and a list on report.html when the batch closes). */
  writeSkipped(files: readonly SkippedFile[]): void {
    this.skipped = files;
    writeFileWhole(path.join(this.dir, OUTPUT_FILES.skippedCsv), skippedCsv(files, this.lang));
  }

  /**
   * Closes every file, adds the batch stage's findings (null when it did not run, e.g. after Ctrl-C) and
   * assembles report.html and audit.xlsx from the streamed rows. Safe to call twice.
   */
  async close(batch: BatchResult | null = null): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const fd of [this.jsonl, this.projects, this.findings, this.forms, this.indicators, this.htmlData, this.reportsRecords]) closeSync(fd);
    if (batch) this.rewriteBatchFindings(batch.byReport);
    this.finishReportsCsv(batch);
    const batchCsv = openCsv(path.join(this.dir, OUTPUT_FILES.batchFindingsCsv), BATCH_FINDINGS_CSV_HEADER);
    for (const row of batch ? batchFindingsCsvRows(batch.pairs, this.lang) : []) writeSync(batchCsv, csvRecord(row));
    closeSync(batchCsv);
    const tempPath = path.join(this.dir, HTML_DATA_TEMP);
    const html = openSync(path.join(this.dir, OUTPUT_FILES.html), 'w');
    writeSync(html, reportHtmlHead(this.lang));
    copyInto(tempPath, html);
    const tail = reportHtmlTail(skippedHtml(this.skipped, this.lang));
    // a function, not a string: `$&` in a report's words must not be read as a replacement pattern
    writeSync(html, batch ? tail.replace('</body>', () => `${batchPanelHtml(batch.pairs, this.lang)}</body>`) : tail);
    closeSync(html);
    rmSync(tempPath, { force: true });
    await this.workbook.close();
  }

  /** reports.csv: each streamed record with its batch-findings count added as the last cell. */
  private finishReportsCsv(batch: BatchResult | null): void {
    const source = openSync(path.join(this.dir, REPORTS_CSV_TEMP), 'r');
    let at = 0;
    this.csvLengths.forEach((length, index) => {
      if (length === 0) return;
      const record = readBytes(source, at, length).toString('utf8');
      at += length;
      const count = batch ? String(batch.byReport.get(index)?.length ?? 0) : '';
      // every record ends in CRLF (csvRecord); the count is a plain number, needing no quotes
      writeSync(this.reports, `${record.slice(0, -2)},${count}\r\n`);
    });
    closeSync(source);
    closeSync(this.reports);
    rmSync(path.join(this.dir, REPORTS_CSV_TEMP), { force: true });
  }

  /** The reports the batch stage relates: their JSON file and their reports.jsonl line get the batch findings. */
  private rewriteBatchFindings(byReport: ReadonlyMap<number, Finding[]>): void {
    if (byReport.size === 0) return;
    const withBatch = (text: string, findings: Finding[]): Report => ({ ...(JSON.parse(text) as Report), batchFindings: findings });
    for (const index of [...byReport.keys()].sort((a, b) => a - b)) {
      const findings = byReport.get(index) as Finding[];
      const file = path.join(this.dir, OUTPUT_FILES.reportsDir, this.jsonNames[index] as string);
      const report = withBatch(readFileSync(file, 'utf8'), findings);
      writeFileWhole(file, `${JSON.stringify(report, null, 2)}\n`);
      // the workbook's 跨报告 sheet, in input order like the other sheets
      this.workbook.addText(acrossRowsText(report.source.path, findings, this.lang));
    }
    const jsonlPath = path.join(this.dir, OUTPUT_FILES.jsonl);
    const tempPath = path.join(this.dir, JSONL_TEMP);
    const source = openSync(jsonlPath, 'r');
    const target = openSync(tempPath, 'w');
    let copied = 0;
    for (const index of [...byReport.keys()].sort((a, b) => a - b)) {
      const start = this.jsonlStarts[index] as number;
      const end = this.jsonlStarts[index + 1] ?? this.jsonlBytes;
      copyRange(source, copied, start, target);
      const line = readBytes(source, start, end - start).toString('utf8');
      writeSync(target, `${JSON.stringify(withBatch(line, byReport.get(index) as Finding[]))}\n`);
      copied = end;
    }
    copyRange(source, copied, this.jsonlBytes, target);
    closeSync(source);
    closeSync(target);
    renameSync(tempPath, jsonlPath);
  }
}

function readBytes(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  let read = 0;
  while (read < length) {
    const n = readSync(fd, buffer, read, length - read, position + read);
    if (n === 0) break;
    read += n;
  }
  return buffer.subarray(0, read);
}

function copyRange(source: number, from: number, to: number, target: number): void {
  const buffer = Buffer.alloc(1 << 16);
  for (let at = from; at < to; ) {
    const n = readSync(source, buffer, 0, Math.min(buffer.length, to - at), at);
    if (n === 0) break;
    writeSync(target, buffer, 0, n);
    at += n;
  }
}

function writeText(fd: number, text: string): void {
  if (text !== '') writeSync(fd, text);
}

function writeFileWhole(file: string, text: string): void {
  const fd = openSync(file, 'w');
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
}

function copyInto(source: string, targetFd: number): void {
  const fd = openSync(source, 'r');
  const buffer = Buffer.alloc(1 << 16);
  try {
    for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) writeSync(targetFd, buffer, 0, n);
  } finally {
    closeSync(fd);
  }
}
