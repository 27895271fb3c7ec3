import { describe, expect, it } from 'vitest';
import { findingsCsvRows, FINDINGS_CSV_HEADER } from '../../src/export/findings-csv.js';
import { projectsCsvRows, PROJECTS_CSV_HEADER } from '../../src/export/projects-csv.js';
import { reportsCsvRow, REPORTS_CSV_HEADER } from '../../src/export/reports-csv.js';
import { buildReport, project, trickyReport, unreadableReport } from './support.js';

const column = <H extends readonly string[]>(header: H, row: readonly unknown[], name: H[number]): unknown => row[header.indexOf(name)];

describe('projects.csv rows', () => {
  it('has one row per project with the report context and raw numbers', () => {
    const rows = projectsCsvRows(trickyReport('in/t.txt'));
    expect(rows).toHaveLength(3);
    const second = rows[1] ?? [];
    expect(second).toHaveLength(PROJECTS_CSV_HEADER.length);
    expect(column(PROJECTS_CSV_HEADER, second, 'file')).toBe('in/t.txt');
    expect(column(PROJECTS_CSV_HEADER, second, 'township')).toBe('神星镇');
    expect(column(PROJECTS_CSV_HEADER, second, 'amount')).toBe(-5);
    expect(column(PROJECTS_CSV_HEADER, second, 'amountYuan')).toBe(-50000);
    expect(column(PROJECTS_CSV_HEADER, rows[2] ?? [], 'completion')).toBeNull();
  });
});

describe('reports.csv row', () => {
  it('puts declared figures beside the computed ones, totals converted to 万元', () => {
    const row = reportsCsvRow(buildReport({ projects: [project(1, { amount: 12.21 }), project(2, { amount: 0.5, score: 80 })] }), 'zh');
    expect(row).toHaveLength(REPORTS_CSV_HEADER.length);
    expect(column(REPORTS_CSV_HEADER, row, 'declaredProjectCount')).toBe(2);
    expect(column(REPORTS_CSV_HEADER, row, 'tableProjectCount')).toBe(2);
    expect(column(REPORTS_CSV_HEADER, row, 'declaredTotalWan')).toBe(27.35649);
    expect(column(REPORTS_CSV_HEADER, row, 'declaredScore')).toBe(90);
    expect(column(REPORTS_CSV_HEADER, row, 'meanScore')).toBe(87.5);
    expect(column(REPORTS_CSV_HEADER, row, 'status')).toBe('ok');
    expect(column(REPORTS_CSV_HEADER, row, 'reason')).toBeNull();
  });

  it('lists every distinct value when claims of one quantity disagree', () => {
    const report = buildReport();
    report.claims.push({ id: 'c9', type: 'projectCount', value: 3, unit: '个', quote: '项目3个', sectionId: null, location: { line: 9 } });
    expect(column(REPORTS_CSV_HEADER, reportsCsvRow(report, 'zh'), 'declaredProjectCount')).toBe('2 / 3');
  });

  it('keeps an unreadable file with status failed and the reason in the chosen language', () => {
    const report = unreadableReport();
    expect(column(REPORTS_CSV_HEADER, reportsCsvRow(report, 'zh'), 'status')).toBe('failed');
    expect(column(REPORTS_CSV_HEADER, reportsCsvRow(report, 'zh'), 'reason')).toContain('不是 Word');
    expect(column(REPORTS_CSV_HEADER, reportsCsvRow(report, 'en'), 'reason')).toContain('not a Word document');
  });
});

describe('findings.csv rows', () => {
  it('has one row per finding with message, values and an evidence summary', () => {
    const rows = findingsCsvRows(trickyReport(), 'en');
    expect(rows).toHaveLength(3);
    const [score, range] = rows;
    expect(score?.[FINDINGS_CSV_HEADER.indexOf('message')]).toBe('The overall score does not match the project scores');
    expect(score?.[FINDINGS_CSV_HEADER.indexOf('evidence')]).toBe('「自评得分为90分」 (line 12)');
    expect(range?.[FINDINGS_CSV_HEADER.indexOf('actual')]).toBe(-5);
    expect(range?.[FINDINGS_CSV_HEADER.indexOf('evidence')]).toBe('t1 row 2 +cmd|calc (line 42)');
    expect(findingsCsvRows(trickyReport(), 'zh')[1]?.[FINDINGS_CSV_HEADER.indexOf('evidence')]).toBe('t1 第2项 +cmd|calc (第42行)');
  });
});

describe('evidence locations', () => {
  it('points into a docx table by block and row as a person counts them', async () => {
    const { locationText } = await import('../../src/export/evidence-text.js');
    expect(locationText({ block: 13, row: 2 }, 'zh')).toBe('第14段 表格第3行');
    expect(locationText({ block: 13, row: 2 }, 'en')).toBe('block 14 table row 3');
    expect(locationText({ line: 40, row: 2 }, 'zh')).toBe('第40行');
    expect(locationText(null, 'zh')).toBe('');
  });
});
