// `jixiao check --out` on the planted batch: the batch findings reach every output — both reports' JSON and JSONL, batch-findings.csv, reports.csv's count, report.html's panel and the console totals.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { plantedBatch, type PlantedBatch } from '../../bench/synth-batch.js';
import type { Report } from '../../src/model.js';
import { run, tempDir, type RunResult } from '../cli/support.js';
import { expectValidReport } from '../support/schema.js';

let batch: PlantedBatch;
let out: string;
let result: RunResult;
let dir: string;

/** Splits simple CSV text (no quoted newlines in the columns read here) into rows of cells. */
function csvRows(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter((l) => l !== '')
    .map((line) => [...line.matchAll(/("([^"]|"")*"|[^,]*)(,|$)/g)].map((m) => (m[1] ?? '').replace(/^"|"$/g, '').replace(/""/g, '"')).slice(0, -1));
}

beforeAll(async () => {
  batch = await plantedBatch();
  dir = tempDir('jixiao-batch-in-');
  for (const f of batch.files) writeFileSync(path.join(dir, f.name), f.bytes);
  out = tempDir('jixiao-batch-out-');
  result = await run(['check', dir, '--out', out, '--jobs', '2', '--lang', 'en', '--fail-on', 'never', '--quiet']);
}, 300_000);

const reportJson = (name: string): Report => {
  const file = readdirSync(path.join(out, 'reports')).find((n) => n.endsWith(`${name}.json`));
  return JSON.parse(readFileSync(path.join(out, 'reports', file!), 'utf8')) as Report;
};

describe('check --out on a planted batch', () => {
  it('ends well and says how many batch findings there are', () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/; 4 findings across reports\n/);
  });

  it('puts each finding in both reports’ JSON as batchFindings, leaving their own findings alone, valid against the schema', () => {
    const a = reportJson('01-神星镇.txt');
    const b = reportJson('02-石井乡.docx');
    expect(a.batchFindings.map((f) => f.code)).toEqual(['copied-report']);
    expect(b.batchFindings.map((f) => f.code)).toEqual(['copied-report']);
    expect(a.findings.some((f) => f.code === 'copied-report')).toBe(false);
    expect(reportJson(batch.templateOnly).batchFindings).toEqual([]);
    expect(reportJson('03-白龙乡.txt').batchFindings.map((f) => f.code).sort()).toEqual(['repeated-project', 'shared-project']);
    for (const r of [a, b]) expectValidReport(r);
  });

  it('lists every batch finding of every report on the workbook’s Across reports sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(out, 'audit.xlsx'));
    const sheet = workbook.getWorksheet('Across reports')!;
    const rows: string[][] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) rows.push([String(row.getCell(1).value), String(row.getCell(2).value)]);
    });
    const lines = readFileSync(path.join(out, 'reports.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Report);
    const expected = lines.flatMap((r) => r.batchFindings.map((f) => [r.source.path, f.code]));
    expect(expected.length).toBe(8); // 4 pairs, each in both reports
    expect(rows).toEqual(expected);
  });

  it('writes the same records to reports.jsonl, in input order', () => {
    const lines = readFileSync(path.join(out, 'reports.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Report);
    expect(lines.map((r) => path.basename(r.source.path))).toEqual(batch.files.map((f) => f.name).sort());
    for (const r of lines) expect(r).toEqual(reportJson(path.basename(r.source.path)));
  });

  it('lists one row per pair in batch-findings.csv, naming both files', () => {
    const [header, ...rows] = csvRows(readFileSync(path.join(out, 'batch-findings.csv'), 'utf8'));
    expect(header).toEqual(['file', 'otherFile', 'code', 'severity', 'message', 'expected', 'actual', 'evidence']);
    const got = rows.map((r) => `${r[2]} ${path.basename(r[0]!)} ${path.basename(r[1]!)}`).sort();
    expect(got).toEqual(batch.planted.map((p) => `${p.code} ${p.files[0]} ${p.files[1]}`).sort());
  });

  it('counts each report’s batch findings in reports.csv', () => {
    const [header, ...rows] = csvRows(readFileSync(path.join(out, 'reports.csv'), 'utf8'));
    expect(header?.at(-1)).toBe('batchFindings');
    const counts = Object.fromEntries(rows.map((r) => [path.basename(r[0]!), r.at(-1)]));
    expect(counts).toMatchObject({ '01-神星镇.txt': '1', '02-石井乡.docx': '1', '03-白龙乡.txt': '2', '05-大册营镇.txt': '1', [batch.templateOnly]: '0' });
  });

  it('adds the batch panel to report.html with every pair and both sides', () => {
    const html = readFileSync(path.join(out, 'report.html'), 'utf8');
    expect(html).toContain('<section id="batch">');
    const data = JSON.parse(/<script type="application\/json" id="jixiao-batch">(.*?)<\/script>/s.exec(html)![1]!) as { code: string; left: unknown[]; right: unknown[] }[];
    expect(data).toHaveLength(4);
    const copy = data.find((d) => d.code === 'copied-report')!;
    expect(copy.left.length).toBeGreaterThan(0);
    expect(copy.right).toHaveLength(copy.left.length);
    expect(html.indexOf('<section id="batch">')).toBeLessThan(html.lastIndexOf('</body>'));
  });
});
