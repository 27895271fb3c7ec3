import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BatchOutputs } from '../../src/export/batch-outputs.js';
import type { Report } from '../../src/model.js';
import { expectValidReport } from '../support/schema.js';
import { buildReport, trickyReport, unreadableReport } from './support.js';

function writeBatch(reports: Report[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'jixiao-out-'));
  const outputs = new BatchOutputs(dir, 'zh');
  for (const r of reports) outputs.write(r);
  outputs.close();
  return dir;
}

const csvLines = (file: string): string[] => readFileSync(file, 'utf8').split('\r\n').filter((l) => l !== '');

describe('BatchOutputs', () => {
  const reports = [buildReport({ path: 'a/2022/report.txt' }), buildReport({ path: 'a/2023/report.txt' }), trickyReport(), unreadableReport()];
  const dir = writeBatch(reports);

  it('writes one JSON per input, valid against the committed schema, under unique names', () => {
    const names = readdirSync(path.join(dir, 'reports')).sort();
    expect(names).toEqual(['a__2022__report.txt.json', 'a__2023__report.txt.json', 'reports__broken.docx.json', 'reports__tricky.txt.json']);
    for (const name of names) expectValidReport(JSON.parse(readFileSync(path.join(dir, 'reports', name), 'utf8')));
  });

  it('writes reports.jsonl in the order written, one report per line', () => {
    const lines = readFileSync(path.join(dir, 'reports.jsonl'), 'utf8').trimEnd().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as Report).source.path)).toEqual(reports.map((r) => r.source.path));
  });

  it('writes CSVs with BOM and header, a reports.csv row for every input, failed ones included', () => {
    for (const f of ['projects.csv', 'reports.csv', 'findings.csv']) {
      expect(readFileSync(path.join(dir, f)).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    }
    const reportRows = csvLines(path.join(dir, 'reports.csv'));
    expect(reportRows).toHaveLength(1 + reports.length);
    expect(reportRows[0]).toBe('\uFEFFfile,title,year,county,township,entity,kind,declaredProjectCount,tableProjectCount,declaredTotalWan,computedTotalWan,declaredScore,meanScore,errors,warnings,infos,status,reason,batchFindings');
    // the batch count is empty: these outputs were closed without a batch stage
    expect(reportRows[4]).toMatch(/^reports\/broken\.docx,.*,failed,这是一个压缩包，但不是 Word 文档。,$/);
    const projectRows = csvLines(path.join(dir, 'projects.csv'));
    expect(projectRows).toHaveLength(1 + 2 + 2 + 3);
    // the formula-looking department and name are neutralised, the negative amount stays a number
    expect(projectRows[6]).toBe("reports/tricky.txt,2022,满城区,神星镇,神星镇人民政府,t1,2,'=SUM(A1:A9),'+cmd|calc,项目2,-5,万元,-50000,100,95");
    expect(csvLines(path.join(dir, 'findings.csv'))).toHaveLength(1 + 3 + 1);
  });

  it('assembles report.html with every report in its data', () => {
    const html = readFileSync(path.join(dir, 'report.html'), 'utf8');
    const data = JSON.parse(/id="jixiao-data">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? 'null') as { file: string; json: string }[];
    expect(data.map((d) => d.file)).toEqual(reports.map((r) => r.source.path));
    expect(data[0]?.json).toBe('reports/a__2022__report.txt.json');
    expect(readdirSync(dir).sort()).toEqual(['batch-findings.csv', 'findings.csv', 'projects.csv', 'report.html', 'reports', 'reports.csv', 'reports.jsonl']);
  });

  it('still produces a valid, empty set of outputs for no reports', () => {
    const empty = writeBatch([]);
    const html = readFileSync(path.join(empty, 'report.html'), 'utf8');
    expect(html).toContain('id="jixiao-data">[]</script>');
    expect(csvLines(path.join(empty, 'reports.csv'))).toHaveLength(1);
  });
});
