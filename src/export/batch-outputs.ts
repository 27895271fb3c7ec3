/**
 * The files of `check --out DIR`, written as each report arrives and never
 * held in memory: `reports/<name>.json`, `reports.jsonl`, the five CSVs,
 * `report.html` and `audit.xlsx`. Writes are synchronous and one whole record per call, so a
 * run stopped by Ctrl-C leaves only complete lines behind. report.html's data
 * goes to a temp file as it comes and the page is assembled at the end;
 * audit.xlsx likewise from a temp file per sheet (see audit-xlsx.ts).
 * What each report adds is text made by `reportTexts` — in a pool worker for
 * `check`, so this side only orders and writes.
 */
import { closeSync, mkdirSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { Report } from '../model.js';
import { AuditWorkbook } from './audit-xlsx.js';
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
  html: 'report.html',
  workbook: 'audit.xlsx',
  skippedCsv: 'skipped.csv',
} as const;

const HTML_DATA_TEMP = '.report-html-data.tmp';

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
  private entries = 0;
  private closed = false;
  private skipped: readonly SkippedFile[] = [];

  constructor(
    private readonly dir: string,
    private readonly lang: Lang,
  ) {
    mkdirSync(path.join(dir, OUTPUT_FILES.reportsDir), { recursive: true });
    this.jsonl = openSync(path.join(dir, OUTPUT_FILES.jsonl), 'w');
    this.projects = openCsv(path.join(dir, OUTPUT_FILES.projectsCsv), PROJECTS_CSV_HEADER);
    this.reports = openCsv(path.join(dir, OUTPUT_FILES.reportsCsv), REPORTS_CSV_HEADER);
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
    writeSync(this.jsonl, texts.jsonLine);
    // All of one report's rows in one write: a report's rows are never half there.
    writeText(this.projects, texts.projectsCsv);
    writeText(this.reports, texts.reportsCsv);
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

  /** Closes every file and assembles report.html and audit.xlsx from the streamed rows. Safe to call twice. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const fd of [this.jsonl, this.projects, this.reports, this.findings, this.forms, this.indicators, this.htmlData]) closeSync(fd);
    const tempPath = path.join(this.dir, HTML_DATA_TEMP);
    const html = openSync(path.join(this.dir, OUTPUT_FILES.html), 'w');
    writeSync(html, reportHtmlHead(this.lang));
    copyInto(tempPath, html);
    writeSync(html, reportHtmlTail(skippedHtml(this.skipped, this.lang)));
    closeSync(html);
    rmSync(tempPath, { force: true });
    await this.workbook.close();
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
