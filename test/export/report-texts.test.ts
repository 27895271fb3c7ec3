/**
 * A report's output texts, made in a worker, are the same bytes the outputs
 * would get from the Report itself: JSON.stringify as is, the CSV rows
 * through csvRecord, and the report.html entry with its link joined in.
 */
import { describe, expect, it } from 'vitest';
import { csvRecord } from '../../src/export/csv.js';
import { findingsCsvRows } from '../../src/export/findings-csv.js';
import type { Lang } from '../../src/export/lang.js';
import { projectsCsvRows } from '../../src/export/projects-csv.js';
import { htmlEntry, linkedHtmlEntryText, reportHtmlEntryText } from '../../src/export/report-html.js';
import { reportTexts } from '../../src/export/report-texts.js';
import { reportsCsvRow } from '../../src/export/reports-csv.js';
import type { Report } from '../../src/model.js';
import { buildReport, project, trickyReport, unreadableReport } from './support.js';

/** names that stress script-safe JSON: `<`, line and paragraph separators, quotes, a lone surrogate */
function separatorReport(): Report {
  return buildReport({
    path: 'reports/<分隔>\u2028"x".txt',
    projects: [project(1, { name: '</script><!--\u2029项目', department: '\\"\n部门' }), project(2, { name: '\ud800半个' })],
  });
}

const reports = (): Report[] => [buildReport(), trickyReport(), unreadableReport(), separatorReport()];

describe('reportTexts', () => {
  for (const lang of ['zh', 'en'] as Lang[]) {
    it(`gives each output the bytes it gets from the Report itself (${lang})`, () => {
      for (const report of reports()) {
        const texts = reportTexts(report, lang);
        expect(texts.file).toBe(report.source.path);
        expect(texts.json).toBe(`${JSON.stringify(report, null, 2)}\n`);
        expect(texts.jsonLine).toBe(`${JSON.stringify(report)}\n`);
        expect(texts.jsonLine.slice(0, -1)).not.toContain('\n');
        expect(texts.projectsCsv).toBe(projectsCsvRows(report).map(csvRecord).join(''));
        expect(texts.reportsCsv).toBe(csvRecord(reportsCsvRow(report, lang)));
        expect(texts.findingsCsv).toBe(findingsCsvRows(report, lang).map(csvRecord).join(''));
        for (const link of ['reports/a.json', 'reports/%3C%E5%88%86.json', null]) {
          expect(linkedHtmlEntryText(texts.file, link, texts.htmlEntryBody)).toBe(reportHtmlEntryText(htmlEntry(report, link, lang)));
        }
      }
    });
  }

  it('keeps the entry script-safe: no `<` or raw line separators in the text', () => {
    const texts = reportTexts(separatorReport(), 'zh');
    const entry = linkedHtmlEntryText(texts.file, 'reports/x.json', texts.htmlEntryBody);
    expect(entry).not.toMatch(/[<\u2028\u2029]/);
    expect((JSON.parse(entry) as { file: string }).file).toBe('reports/<分隔>\u2028"x".txt');
  });

  it('gives a failed report no project rows but its reports.csv row with the reason', () => {
    const texts = reportTexts(unreadableReport(), 'en');
    expect(texts.projectsCsv).toBe('');
    expect(texts.reportsCsv).toMatch(/,failed,,This is a zip archive but not a Word document\.\r\n$/);
  });

  it('is plain strings, cheap to pass between threads', () => {
    const texts = reportTexts(trickyReport(), 'zh');
    for (const value of Object.values(texts)) expect(typeof value).toBe('string');
    expect(structuredClone(texts)).toEqual(texts);
  });
});
