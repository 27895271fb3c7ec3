/**
 * The export figures of issues 10 and 12, apart from `npm run bench` (they need no corpus):
 *
 * - audit.xlsx: peak RSS of a fresh process writing 10,000 and 100,000 project rows through BatchOutputs
 *   (all outputs, as `check --out` writes them), and the time the workbook takes at close. Flat memory means
 *   the 100,000-row peak stays near the 10,000-row one.
 * - report.html: a page of 20,000 reports opened from file:// in headless Chromium (/usr/bin/chromium):
 *   the time from navigation to the dashboard and the first page of the table on screen.
 *
 *   node --import tsx bench/exports.ts [--html-reports 20000] [--rows 10000,100000]
 *   node --import tsx bench/exports.ts --child-xlsx ROWS DIR     (one measured writer; used by the above)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Finding, Project, Report } from '../src/model.js';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};

const COUNTIES = ['南县', '满城区', '青山县', '白石县', '东坡区'];
const CODES = ['count-mismatch', 'total-mismatch', 'score-mismatch', 'missing-value', 'possible-duplicate'];

/** A synthetic checked report: `rows` projects, a finding on some, statuses spread over ok / findings / unchecked / failed. */
export function syntheticReport(i: number, rows: number): Report {
  const projects: Project[] = Array.from({ length: rows }, (_, k) => ({
    tableId: 't1',
    row: k + 1,
    department: `第${(k % 7) + 1}站所`,
    name: `${['村道维修', '饮水安全', '人居环境整治', '村级活动场所建设'][k % 4]}项目${k + 1}`,
    nameKey: `项目${k + 1}`,
    amount: 10 + k + (i % 100) / 100,
    amountUnit: '万元',
    amountYuan: (10 + k) * 10000 + (i % 100) * 100,
    completion: k % 5 === 0 ? 90 : 100,
    score: 95,
    raw: { amount: String(10 + k + (i % 100) / 100), completion: '100%', score: '95' },
    location: { line: 40 + k },
  }));
  const kind = i % 10;
  const findings: Finding[] =
    kind < 3
      ? [
          {
            code: CODES[i % CODES.length]!,
            severity: kind === 0 ? 'error' : kind === 1 ? 'warning' : 'info',
            message: `第${i}份报告的问题说明`,
            messageEn: `finding of report ${i}`,
            expected: 24,
            actual: 23,
            evidence: [{ kind: 'row', tableId: 't1', row: 1, name: projects[0]?.name ?? '', location: { line: 40 } }],
          },
        ]
      : [];
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const status = kind === 9 ? 'failed' : errors + warnings > 0 ? 'findings' : kind === 8 ? 'unchecked' : 'ok';
  return {
    schemaVersion: 2,
    source: { path: `batch/${COUNTIES[i % COUNTIES.length]}/${String(i).padStart(6, '0')}.txt`, sha256: '0'.repeat(64), format: 'txt', encoding: 'utf-8', bytes: 4000, warnings: [] },
    meta: { title: `2023年度第${i}镇人民政府整体绩效自评报告`, year: 2023, entity: `第${i}镇人民政府`, township: `第${i}镇`, county: COUNTIES[i % COUNTIES.length]!, kind: 'township-summary' },
    sections: [],
    claims: [],
    tables: [],
    projects,
    forms: [],
    findings,
    batchFindings: [],
    summary: {
      projectCount: rows,
      amountTotal: null,
      errors,
      warnings,
      infos: findings.length - errors - warnings,
      status,
      checks: [{ code: 'count-mismatch', ran: status !== 'unchecked', reason: status === 'unchecked' ? 'no-declared-count' : null }],
    },
  };
}

async function childXlsx(rows: number, dir: string): Promise<void> {
  const { BatchOutputs } = await import('../src/export/batch-outputs.js');
  const outputs = new BatchOutputs(dir, 'zh');
  const perReport = 10;
  for (let i = 0; i < rows / perReport; i++) outputs.write(syntheticReport(i, perReport));
  const started = performance.now();
  await outputs.close();
  const closeMs = performance.now() - started;
  const { maxRSS } = process.resourceUsage();
  process.stdout.write(JSON.stringify({ rows, closeMs, peakRssMb: maxRSS / 1024, xlsxMb: statSync(path.join(dir, 'audit.xlsx')).size / 1e6 }));
}

function measureXlsx(rows: number): { rows: number; closeMs: number; peakRssMb: number; xlsxMb: number } {
  const dir = mkdtempSync(path.join(tmpdir(), 'jixiao-bench-xlsx-'));
  try {
    const out = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child-xlsx', String(rows), dir], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 1 << 20 });
    return JSON.parse(out) as ReturnType<typeof measureXlsx>;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function measureHtml(count: number): Promise<{ reports: number; pageMb: number; shownMs: number }> {
  const { BatchOutputs } = await import('../src/export/batch-outputs.js');
  const { chromium } = await import('playwright-core');
  const dir = mkdtempSync(path.join(tmpdir(), 'jixiao-bench-html-'));
  const outputs = new BatchOutputs(dir, 'zh');
  for (let i = 0; i < count; i++) outputs.write(syntheticReport(i, 10));
  await outputs.close();
  const page = path.join(dir, 'report.html');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const times: number[] = [];
    for (let rep = 0; rep < 3; rep++) {
      const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const started = performance.now();
      await tab.goto(pathToFileURL(page).href);
      await tab.locator('#reports tbody tr.report').first().waitFor();
      await tab.locator('#dashboard svg rect.bar').first().waitFor();
      times.push(performance.now() - started);
      await tab.close();
    }
    times.sort((a, b) => a - b);
    return { reports: count, pageMb: statSync(page).size / 1e6, shownMs: times[1]! };
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  if (args[0] === '--child-xlsx') return childXlsx(Number(args[1]), args[2]!);
  const rowCounts = option('--rows', '10000,100000').split(',').map(Number);
  console.log(`machine: ${cpus().length} CPUs, load ${loadavg().map((l) => l.toFixed(1)).join(' / ')}, node ${process.version}, ${new Date().toISOString()}`);
  const xlsx = rowCounts.map(measureXlsx);
  for (const r of xlsx) console.log(`audit.xlsx ${r.rows} project rows (all outputs): peak RSS ${r.peakRssMb.toFixed(0)} MB, workbook at close ${(r.closeMs / 1000).toFixed(1)} s, ${r.xlsxMb.toFixed(1)} MB`);
  if (xlsx.length >= 2) console.log(`peak RSS ${xlsx.at(-1)!.rows} ÷ ${xlsx[0]!.rows} rows: ${(xlsx.at(-1)!.peakRssMb / xlsx[0]!.peakRssMb).toFixed(2)}×`);
  if (existsSync('/usr/bin/chromium')) {
    const html = await measureHtml(Number(option('--html-reports', '20000')));
    console.log(`report.html ${html.reports} reports (${html.pageMb.toFixed(1)} MB): dashboard and first page shown ${html.shownMs.toFixed(0)} ms (median of 3)`);
  } else console.log('report.html: /usr/bin/chromium not found, not measured');
}

await main();
