/**
 * One report as the text it adds to each output of `check --out`. Computed
 * where the report is made (a pool worker), so the main thread receives a few
 * strings instead of the whole Report and only puts them in order and writes
 * them — serialising on the main thread would cap what a second worker adds.
 */
import type { Report } from '../model.js';
import { auditRowsText } from './audit-rows.js';
import { csvRecord, type CsvCell } from './csv.js';
import { findingsCsvRows } from './findings-csv.js';
import { formsCsvRows } from './forms-csv.js';
import { indicatorsCsvRows } from './indicators-csv.js';
import type { Lang } from './lang.js';
import { projectsCsvRows } from './projects-csv.js';
import { htmlEntryBody, scriptJson } from './report-html.js';
import { reportsCsvRow } from './reports-csv.js';

export interface ReportTexts {
  /** the input's path, which names its file under reports/ */
  file: string;
  /** reports/<name>.json: pretty JSON and a newline */
  json: string;
  /** its line of reports.jsonl, newline included */
  jsonLine: string;
  /** its records of projects.csv, reports.csv, findings.csv, forms.csv and indicators.csv (no BOM or header; '' when none) */
  projectsCsv: string;
  reportsCsv: string;
  findingsCsv: string;
  formsCsv: string;
  indicatorsCsv: string;
  /** its report.html entry without file and link, as script-safe JSON (see linkedHtmlEntryText) */
  htmlEntryBody: string;
  /** its rows of audit.xlsx, one `<sheet>\t<JSON cells>` line each (see auditRowsText) */
  auditRows: string;
}

const records = (rows: readonly CsvCell[][]): string => rows.map(csvRecord).join('');

export function reportTexts(report: Report, lang: Lang): ReportTexts {
  return {
    file: report.source.path,
    json: `${JSON.stringify(report, null, 2)}\n`,
    jsonLine: `${JSON.stringify(report)}\n`,
    projectsCsv: records(projectsCsvRows(report)),
    reportsCsv: records([reportsCsvRow(report, lang)]),
    findingsCsv: records(findingsCsvRows(report, lang)),
    formsCsv: records(formsCsvRows(report)),
    indicatorsCsv: records(indicatorsCsvRows(report)),
    htmlEntryBody: scriptJson(htmlEntryBody(report, lang)),
    auditRows: auditRowsText(report, lang),
  };
}
