/**
 * audit.xlsx: the auditor's workbook — 报告 / 问题 / 项目 / 表单 / 指标 / 跨报告
 * (Reports / Findings / Projects / Forms / Indicators / Across reports).
 *
 * Written so 100,000 rows keep memory flat: while the batch runs, each row
 * goes as one JSON line to a temp file per sheet (synchronous, whole lines, as
 * the CSVs); at the end the sheets are streamed one after another through
 * exceljs' WorkbookWriter, so only the sheet being written is open and its
 * committed rows leave memory. One sheet at a time matters: the zip takes its
 * entries in order, and a second sheet opened early would be held in memory
 * until the first is done. A first pass over each temp file measures the
 * columns, so widths fit the Chinese text before any row is written.
 *
 * Strings are written as inline strings (no shared-string table growing with
 * the batch) and always as strings: `=SUM(A1)` in a project name stays text,
 * never a formula.
 */
import { closeSync, createReadStream, openSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type ExcelJS from 'exceljs';
import type { AuditCell, AuditFill } from './audit-rows.js';
import { AUDIT_SHEETS, sheetHeader, sheetName, type SheetKey } from './audit-sheets.js';
import type { Lang } from './lang.js';
import { displayWidth } from './text-width.js';

const FILL_ARGB: Record<AuditFill, string> = {
  error: 'FFF4C7C3',
  warning: 'FFFCE3B0',
  info: 'FFD2E3FC',
  flag: 'FFFFF3B0',
  ok: 'FFD4EDDA',
  findings: 'FFFCE3B0',
  unchecked: 'FFE2E3E5',
  failed: 'FFF4C7C3',
};
const HEADER_ARGB = 'FFEEF1F5';
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

const SHEET_KEYS = new Set<string>(AUDIT_SHEETS.map((s) => s.key));

/** `A`, `B`, … `AA` for a 1-based column number. */
export function columnLetter(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

function cellText(cell: AuditCell): string {
  const v = cell !== null && typeof cell === 'object' ? cell.v : cell;
  if (v === null) return '';
  if (typeof v === 'number' && cell !== null && typeof cell === 'object' && cell.fmt?.endsWith('%')) return `${v * 100}%`;
  return String(v);
}

/** A column as wide as its widest line (first 200 characters), within bounds. */
function widthOf(text: string): number {
  let widest = 0;
  for (const line of text.slice(0, 200).split('\n')) widest = Math.max(widest, displayWidth(line));
  return widest;
}

async function* rowsOf(file: string): AsyncGenerator<AuditCell[]> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const line of lines) if (line !== '') yield JSON.parse(line) as AuditCell[];
}

export class AuditWorkbook {
  private readonly temps = new Map<SheetKey, { file: string; fd: number }>();
  private closed = false;

  constructor(
    private readonly file: string,
    private readonly lang: Lang,
    tempDir: string,
  ) {
    for (const sheet of AUDIT_SHEETS) {
      const temp = path.join(tempDir, `.audit-${sheet.key}.tmp`);
      this.temps.set(sheet.key, { file: temp, fd: openSync(temp, 'w') });
    }
  }

  /** Adds one report's rows, as made by `auditRowsText`. */
  addText(text: string): void {
    if (text === '') return;
    const bySheet = new Map<SheetKey, string>();
    for (const line of text.split('\n')) {
      if (line === '') continue;
      const tab = line.indexOf('\t');
      const key = line.slice(0, tab);
      if (!SHEET_KEYS.has(key)) continue;
      bySheet.set(key as SheetKey, `${bySheet.get(key as SheetKey) ?? ''}${line.slice(tab + 1)}\n`);
    }
    // one write per sheet: a report's rows of a sheet are never half there
    for (const [key, rows] of bySheet) writeSync(this.temps.get(key)!.fd, rows);
  }

  /** Streams the workbook from the temp files and removes them. Safe to call twice. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const { fd } of this.temps.values()) closeSync(fd);
    try {
      // loaded when the workbook is written, at the end of the run: not on every import of the exports
      const { default: Excel } = await import('exceljs');
      const workbook = new Excel.stream.xlsx.WorkbookWriter({ filename: this.file, useStyles: true, useSharedStrings: false });
      workbook.creator = 'jixiao';
      for (const sheet of AUDIT_SHEETS) await this.writeSheet(workbook, sheet.key);
      await workbook.commit();
    } finally {
      for (const { file } of this.temps.values()) rmSync(file, { force: true });
    }
  }

  private async writeSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, key: SheetKey): Promise<void> {
    const spec = AUDIT_SHEETS.find((s) => s.key === key)!;
    const temp = this.temps.get(key)!.file;
    const header = sheetHeader(spec, this.lang);
    const widths = header.map((h) => widthOf(h) + 2); // room for the filter button
    let count = 0;
    for await (const row of rowsOf(temp)) {
      count += 1;
      row.forEach((cell, i) => {
        if (i < widths.length) widths[i] = Math.max(widths[i]!, widthOf(cellText(cell)));
      });
    }
    const last = `${columnLetter(header.length)}${count + 1}`;
    const sheet = workbook.addWorksheet(sheetName(spec, this.lang), {
      views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
      autoFilter: `A1:${last}`,
    } as Partial<ExcelJS.AddWorksheetOptions>);
    sheet.columns = widths.map((w) => ({ width: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w + 1)) }));
    const head = sheet.addRow(header);
    head.font = { bold: true };
    head.eachCell((c) => {
      c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_ARGB } };
    });
    head.commit();
    for await (const cells of rowsOf(temp)) {
      const row = sheet.addRow(cells.map((c) => (c !== null && typeof c === 'object' ? c.v : c)));
      cells.forEach((c, i) => {
        if (c === null || typeof c !== 'object') return;
        const cell = row.getCell(i + 1);
        if (c.fmt) cell.numFmt = c.fmt;
        if (c.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL_ARGB[c.fill] } };
        if (c.note) cell.note = c.note;
      });
      row.commit();
    }
    sheet.commit();
  }
}
