import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BatchOutputs } from '../../src/export/batch-outputs.js';
import type { Report } from '../../src/model.js';
import { expectValidReport } from '../support/schema.js';
import { validate } from '../../src/validate/index.js';
import { buildForm, formReport, fundsRow, indicator } from '../validate/support.js';
import { buildReport, trickyReport, unreadableReport } from './support.js';

/** A one-form file whose stated rate does not follow from its figures (sh_putuo). */
function formFile(): Report {
  const form = buildForm({
    projectName: '=体育场馆运维',
    unit: '元',
    funds: [fundsRow('total', [250000, 250000, 215457.6], { weight: 10, rate: '86.19%', score: 8.62 })],
    indicators: [indicator('产出指标', '场馆开放天数', '≥300天', '320天', 20, 20, { level2: '数量指标' }), indicator('满意度指标', '群众满意度', '≥90%', '95%', 70, 70)],
    total: [100, 98.62],
  });
  const report = validate(formReport([form]));
  return { ...report, source: { ...report.source, path: 'forms/putuo.txt' } };
}

async function writeBatch(reports: Report[]): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'jixiao-out-'));
  const outputs = new BatchOutputs(dir, 'zh');
  for (const r of reports) outputs.write(r);
  await outputs.close();
  return dir;
}

const csvLines = (file: string): string[] => readFileSync(file, 'utf8').split('\r\n').filter((l) => l !== '');

describe('BatchOutputs', () => {
  const reports = [buildReport({ path: 'a/2022/report.txt' }), buildReport({ path: 'a/2023/report.txt' }), trickyReport(), unreadableReport(), formFile()];
  let dir = '';
  beforeAll(async () => {
    dir = await writeBatch(reports);
  });

  it('writes one JSON per input, valid against the committed schema, under unique names', () => {
    const names = readdirSync(path.join(dir, 'reports')).sort();
    expect(names).toEqual(['a__2022__report.txt.json', 'a__2023__report.txt.json', 'forms__putuo.txt.json', 'reports__broken.docx.json', 'reports__tricky.txt.json']);
    for (const name of names) expectValidReport(JSON.parse(readFileSync(path.join(dir, 'reports', name), 'utf8')));
  });

  it('writes reports.jsonl in the order written, one report per line', () => {
    const lines = readFileSync(path.join(dir, 'reports.jsonl'), 'utf8').trimEnd().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as Report).source.path)).toEqual(reports.map((r) => r.source.path));
  });

  it('writes CSVs with BOM and header, a reports.csv row for every input, failed ones included', () => {
    for (const f of ['projects.csv', 'reports.csv', 'findings.csv', 'forms.csv', 'indicators.csv']) {
      expect(readFileSync(path.join(dir, f)).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    }
    const reportRows = csvLines(path.join(dir, 'reports.csv'));
    expect(reportRows).toHaveLength(1 + reports.length);
    expect(reportRows[0]).toBe('\uFEFFfile,title,year,county,township,entity,kind,declaredProjectCount,tableProjectCount,declaredTotalWan,computedTotalWan,declaredScore,meanScore,forms,formAdjusted,formExecuted,formRate,formTotalScore,errors,warnings,infos,status,checks,reason,batchFindings');
    // the batch count is empty: these outputs were closed without a batch stage
    expect(reportRows[4]).toMatch(/^reports\/broken\.docx,.*,failed,,这是一个压缩包，但不是 Word 文档。,$/);
    const projectRows = csvLines(path.join(dir, 'projects.csv'));
    expect(projectRows).toHaveLength(1 + 2 + 2 + 3);
    // the formula-looking department and name are neutralised, the negative amount stays a number
    expect(projectRows[6]).toBe("reports/tricky.txt,2022,满城区,神星镇,神星镇人民政府,t1,2,'=SUM(A1:A9),'+cmd|calc,项目2,-5,万元,-50000,100,95");
    expect(csvLines(path.join(dir, 'findings.csv'))).toHaveLength(1 + 3 + 1 + 1);
    expect(reportRows[5]).toMatch(/,1,250000,215457\.6,86\.19,98\.62,1,0,0,findings,[^,]*,,$/);
  });

  it('writes forms.csv (one row per form, stated and computed rate, findings) and indicators.csv (one row per indicator)', () => {
    const forms = csvLines(path.join(dir, 'forms.csv'));
    expect(forms[0]).toBe('\uFEFFfile,form,year,county,entity,kind,project,department,implementer,unit,initial,adjusted,executed,fundsWeight,statedRate,computedRate,fundsScore,totalWeight,totalScore,indicators,findings');
    expect(forms.slice(1)).toEqual(["forms/putuo.txt,f1,2022,,,project,'=体育场馆运维,某某局,某某单位,元,250000,250000,215457.6,10,86.19,86.18,8.62,100,98.62,2,execution-rate-mismatch"]);
    const indicators = csvLines(path.join(dir, 'indicators.csv'));
    expect(indicators[0]).toBe('\uFEFFfile,form,project,level1,level2,name,target,actual,weight,score');
    expect(indicators.slice(1)).toEqual([
      "forms/putuo.txt,f1,'=体育场馆运维,产出指标,数量指标,场馆开放天数,≥300天,320天,20,20",
      "forms/putuo.txt,f1,'=体育场馆运维,满意度指标,,群众满意度,≥90%,95%,70,70",
    ]);
  });

  it('assembles report.html with every report in its data', () => {
    const html = readFileSync(path.join(dir, 'report.html'), 'utf8');
    const data = JSON.parse(/id="jixiao-data">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? 'null') as { file: string; json: string }[];
    expect(data.map((d) => d.file)).toEqual(reports.map((r) => r.source.path));
    expect(data[0]?.json).toBe('reports/a__2022__report.txt.json');
    expect(readdirSync(dir).sort()).toEqual(['audit.xlsx', 'batch-findings.csv', 'findings.csv', 'forms.csv', 'indicators.csv', 'projects.csv', 'report.html', 'reports', 'reports.csv', 'reports.jsonl']);
  });

  it('still produces a valid, empty set of outputs for no reports', async () => {
    const empty = await writeBatch([]);
    const html = readFileSync(path.join(empty, 'report.html'), 'utf8');
    expect(html).toContain('id="jixiao-data">[]</script>');
    expect(csvLines(path.join(empty, 'reports.csv'))).toHaveLength(1);
  });
});
