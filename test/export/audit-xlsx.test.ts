/**
 * audit.xlsx as an auditor opens it: read back with exceljs (every sheet,
 * header, frozen pane, filter, formats, a highlighted cell with its note,
 * formula-looking text kept as text), and converted by LibreOffice when it is
 * installed (skipped with a note when /usr/bin/soffice is absent).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { BatchOutputs } from '../../src/export/batch-outputs.js';
import type { Lang } from '../../src/export/lang.js';
import type { Report } from '../../src/model.js';
import { buildReport, formReport, trickyReport, uncheckedReport, unreadableReport } from './support.js';

const SOFFICE = '/usr/bin/soffice';

function acrossReport(): Report {
  const report = buildReport({ path: '乙镇/2023/报告.txt', entity: '乙镇人民政府' });
  return {
    ...report,
    batchFindings: [
      {
        code: 'shared-project',
        severity: 'warning',
        message: '同一项目（项目1，11万元）也出现在甲镇的报告中',
        messageEn: 'The same project (项目1, 11万元) is also in 甲镇’s report',
        expected: null,
        actual: '项目1',
        evidence: [
          { kind: 'row', tableId: 't1', row: 1, name: '项目1', location: { line: 41 } },
          { kind: 'otherReport', path: '甲镇/2023/报告.txt', quote: '项目1 11', location: { line: 41 } },
        ],
      },
    ],
  };
}

const reports = (): Report[] => [buildReport({ path: '甲镇/2023/报告.txt' }), trickyReport(), formReport(), uncheckedReport(), unreadableReport(), acrossReport()];

async function writeWorkbook(lang: Lang): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'jixiao-xlsx-'));
  const outputs = new BatchOutputs(dir, lang);
  for (const r of reports()) outputs.write(r);
  await outputs.close();
  return dir;
}

async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

const rowValues = (sheet: ExcelJS.Worksheet, n: number): unknown[] => (sheet.getRow(n).values as unknown[]).slice(1);

describe('audit.xlsx', () => {
  let dir = '';
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    dir = await writeWorkbook('zh');
    workbook = await readWorkbook(path.join(dir, 'audit.xlsx'));
  });

  it('has the six sheets, each with a bold frozen header and a filter over its rows, and no temp files left', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['报告', '问题', '项目', '表单', '指标', '跨报告']);
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.getRow(1).font?.bold).toBe(true);
      const width = sheet.getRow(1).cellCount;
      const filter = String(sheet.autoFilter);
      expect(filter).toMatch(/^A1:[A-Z]+\d+$/);
      expect(filter.endsWith(`${sheet.rowCount}`)).toBe(true);
      expect(width).toBeGreaterThan(3);
    }
    expect(readdirSync(dir).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('lists every input in 报告, with its status word coloured, unchecked apart from 通过', () => {
    const sheet = workbook.getWorksheet('报告')!;
    expect(rowValues(sheet, 1).slice(0, 3)).toEqual(['文件', '标题', '年度']);
    expect(sheet.rowCount).toBe(1 + reports().length);
    const header = rowValues(sheet, 1);
    const statusCol = header.indexOf('状态') + 1;
    const statuses = [2, 3, 4, 5, 6, 7].map((r) => sheet.getRow(r).getCell(statusCol).value);
    expect(statuses).toEqual(['通过', '有问题', '有问题', '未核对', '无法读取', '通过']);
    const fill = (r: number) => (sheet.getRow(r).getCell(statusCol).fill as ExcelJS.FillPattern).fgColor?.argb;
    expect(fill(5)).not.toBe(fill(2));
    expect(sheet.getRow(5).getCell(header.indexOf('核对情况') + 1).value).toContain('count-mismatch（无项目行）');
  });

  it('colours each finding by severity in 问题', () => {
    const sheet = workbook.getWorksheet('问题')!;
    const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2));
    const bySeverity = new Map<unknown, string | undefined>();
    for (const row of rows) bySeverity.set(row.getCell(3).value, (row.getCell(3).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb);
    expect([...bySeverity.keys()].sort()).toEqual(['提示', '警告', '错误'].sort());
    expect(new Set(bySeverity.values()).size).toBe(3);
  });

  it('keeps numbers as numbers with their decimals, percentages as percentages, and formula-looking text as text', () => {
    const sheet = workbook.getWorksheet('项目')!;
    const header = rowValues(sheet, 1);
    const col = (name: string) => header.indexOf(name) + 1;
    const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2));
    const formRow = rows.find((r) => r.getCell(1).value === '白石镇/道路养护自评表.txt')!;
    const amount = formRow.getCell(col('金额'));
    expect(amount.value).toBe(125.5);
    expect(amount.numFmt).toBe('0.00'); // written 125.50
    const name = formRow.getCell(col('项目名称'));
    expect(name.type).toBe(ExcelJS.ValueType.String);
    expect(name.value).toBe('=HYPERLINK("http://x","农村道路养护项目")');
    expect(name.formula).toBeUndefined();
    const completion = rows[0]!.getCell(col('实现程度'));
    expect(completion.value).toBe(1);
    expect(completion.numFmt).toBe('0%');
    // the tricky department stays text too
    expect(rows.some((r) => r.getCell(col('部门')).value === '=SUM(A1:A9)' && r.getCell(col('部门')).type === ExcelJS.ValueType.String)).toBe(true);
  });

  it('highlights the project cell a finding points at, with the finding as its note', () => {
    const sheet = workbook.getWorksheet('项目')!;
    const header = rowValues(sheet, 1);
    const amountCol = header.indexOf('金额') + 1;
    const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2));
    const negative = rows.find((r) => r.getCell(amountCol).value === -5)!;
    const cell = negative.getCell(amountCol);
    expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFF3B0');
    expect(String(typeof cell.note === 'string' ? cell.note : JSON.stringify(cell.note))).toContain('value-out-of-range');
    // its neighbours are not highlighted
    expect(negative.getCell(amountCol + 2).note).toBeUndefined();
    const flagged = rows.flatMap((r) => header.map((_, i) => r.getCell(i + 1)).filter((c) => c.note !== undefined));
    expect(flagged.length).toBe(2); // the negative amount and the row with the missing completion
  });

  it('shows each form with its funds figures and each indicator, the cells a finding points at highlighted', () => {
    const forms = workbook.getWorksheet('表单')!;
    expect(forms.rowCount).toBe(2);
    const fh = rowValues(forms, 1);
    const fcell = (name: string) => forms.getRow(2).getCell(fh.indexOf(name) + 1);
    expect(fcell('项目名称').value).toBe('农村道路养护项目');
    expect(fcell('全年执行数').value).toBe(100.25);
    expect(fcell('全年执行数').numFmt).toBe('0.00');
    expect(fcell('执行率').value).toBeCloseTo(0.8619, 10);
    expect(fcell('执行率').numFmt).toBe('0.00%');
    expect(fcell('执行率').note).toBeDefined();
    expect(fcell('资金得分').note).toBeUndefined();
    expect(fcell('问题数').value).toBe(2);
    const indicators = workbook.getWorksheet('指标')!;
    expect(indicators.rowCount).toBe(4);
    const ih = rowValues(indicators, 1);
    const scoreCol = ih.indexOf('得分') + 1;
    expect([2, 3, 4].map((r) => indicators.getRow(r).getCell(ih.indexOf('三级指标') + 1).value)).toEqual(['养护里程', '验收合格率', '群众满意度']);
    expect([2, 3, 4].map((r) => indicators.getRow(r).getCell(scoreCol).note !== undefined)).toEqual([false, true, false]);
  });

  it('lists the batch findings in 跨报告 with the other file', () => {
    const sheet = workbook.getWorksheet('跨报告')!;
    expect(sheet.rowCount).toBe(2);
    expect(rowValues(sheet, 2).slice(0, 3)).toEqual(['乙镇/2023/报告.txt', 'shared-project', '警告']);
    expect(rowValues(sheet, 2)[4]).toBe('甲镇/2023/报告.txt');
  });

  it('names sheets and headers in English with --lang en', async () => {
    const en = await readWorkbook(path.join(await writeWorkbook('en'), 'audit.xlsx'));
    expect(en.worksheets.map((s) => s.name)).toEqual(['Reports', 'Findings', 'Projects', 'Forms', 'Indicators', 'Across reports']);
    expect(rowValues(en.getWorksheet('Findings')!, 1)).toEqual(['File', 'Code', 'Severity', 'Message', 'Expected', 'Actual', 'Evidence']);
  });

  it('fits column widths to Chinese text', () => {
    const sheet = workbook.getWorksheet('问题')!;
    const message = sheet.getColumn(4).width ?? 0;
    const code = sheet.getColumn(2).width ?? 0;
    expect(message).toBeGreaterThan(code);
    expect(message).toBeLessThanOrEqual(61);
    expect(workbook.getWorksheet('报告')!.getColumn(1).width).toBeGreaterThanOrEqual('白石镇/道路养护自评表.txt'.length * 2 - 4);
  });

  it('converts with LibreOffice without error', () => {
    if (!existsSync(SOFFICE)) {
      console.warn(`note: ${SOFFICE} not found; the LibreOffice conversion of audit.xlsx is not checked`);
      return;
    }
    const out = mkdtempSync(path.join(tmpdir(), 'jixiao-soffice-'));
    const profile = mkdtempSync(path.join(tmpdir(), 'jixiao-soffice-profile-'));
    // UTF-8, every sheet to its own file (token 12 = -1), cells as shown
    const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';
    execFileSync(SOFFICE, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', filter, '--outdir', out, path.join(dir, 'audit.xlsx')], { stdio: 'pipe', timeout: 120_000 });
    const sheet = (name: string) => readFileSync(path.join(out, `audit-${name}.csv`), 'utf8');
    expect(readdirSync(out).sort()).toEqual(['报告', '问题', '项目', '表单', '指标', '跨报告'].map((n) => `audit-${n}.csv`).sort());
    expect(sheet('报告')).toContain('甲镇/2023/报告.txt');
    expect(sheet('报告')).toContain('未核对');
    // formula-looking text comes out as written, not evaluated; numbers and percentages as shown
    const projects = sheet('项目');
    expect(projects).toContain(',=SUM(A1:A9),+cmd|calc,');
    expect(projects).toContain('"=HYPERLINK(""http://x"",""农村道路养护项目"")"');
    expect(projects).not.toMatch(/Err:|#NAME|#VALUE/);
    expect(projects).toContain(',125.50,');
    expect(sheet('表单')).toContain(',86.19%,');
  }, 150_000);
});
