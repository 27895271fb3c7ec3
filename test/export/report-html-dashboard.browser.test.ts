/**
 * report.html's dashboard, status filter, paging and form view in headless
 * Chromium (as report-html.browser.test.ts: Debian's /usr/bin/chromium driven
 * by playwright-core; under CI=true a missing Chromium fails, elsewhere the
 * test is skipped with a note). The charts' numbers are checked against the
 * CSVs written by the same batch, not against figures typed here.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BatchOutputs } from '../../src/export/batch-outputs.js';
import { htmlEntry, reportHtmlEntryText, reportHtmlHead, reportHtmlTail } from '../../src/export/report-html.js';
import type { Report } from '../../src/model.js';
import { buildReport, finding, formReport, project, trickyReport, uncheckedReport, unreadableReport } from './support.js';

const executablePath = '/usr/bin/chromium';
const available = existsSync(executablePath);
if (!available) {
  if (process.env.CI === 'true') throw new Error(`${executablePath} is missing; .ci/run installs Debian's chromium for the browser test`);
  console.warn(`note: ${executablePath} not found; the report.html dashboard test is skipped (apt-get install chromium)`);
}
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const COUNTIES = ['南县', '满城区', '青山县', null];

function withCounty(report: Report, county: string | null): Report {
  return { ...report, meta: { ...report.meta, county } };
}

/** A batch of every status, several counties, forms and enough reports for three pages. */
function batch(): Report[] {
  const reports: Report[] = [];
  for (let i = 0; i < 230; i++) {
    const county = COUNTIES[i % COUNTIES.length]!;
    const file = `批次/${String(i).padStart(3, '0')}.txt`;
    switch (i % 6) {
      case 0:
        reports.push(withCounty(trickyReport(file), county));
        break;
      case 1:
        reports.push(withCounty(uncheckedReport(file), county));
        break;
      case 2:
        reports.push(unreadableReport(file.replace('.txt', '.docx')));
        break;
      case 3:
        reports.push(withCounty(formReport(file), county));
        break;
      case 4:
        reports.push(
          buildReport({
            path: file,
            county,
            projects: [project(1), project(2)],
            findings: [finding({ code: 'count-mismatch', severity: 'error', message: '项目数不符', messageEn: 'count differs', evidence: [] })],
          }),
        );
        break;
      default:
        reports.push(buildReport({ path: file, county }));
    }
  }
  return reports;
}

/** Cells of a CSV we wrote (quoted cells may hold commas, quotes and line breaks). */
function csvTable(file: string): string[][] {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    } else cell += c;
  }
  return rows;
}

function records(file: string): Record<string, string>[] {
  const [header, ...rows] = csvTable(file);
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}

function tally(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}

async function bars(page: Page, chart: string): Promise<Record<string, number>> {
  return page.locator(`#dashboard [data-chart="${chart}"] g.bar-row`).evaluateAll((gs) =>
    Object.fromEntries(gs.map((g) => [g.getAttribute('data-key') ?? '', Number(g.querySelector('text.count')?.textContent)])),
  );
}

describe.skipIf(!available)('report.html dashboard in headless Chromium', () => {
  let browser: Browser;
  let dir = '';
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath, args: ARGS });
    dir = mkdtempSync(path.join(tmpdir(), 'jixiao-dashboard-'));
    const outputs = new BatchOutputs(dir, 'zh');
    for (const r of batch()) outputs.write(r);
    await outputs.close();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('charts the same counts as the CSVs, filters by a bar, and pages the table', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(path.join(dir, 'report.html')).href);

    const reports = records(path.join(dir, 'reports.csv'));
    const findings = records(path.join(dir, 'findings.csv'));
    const countyOfFile = new Map(reports.map((r) => [r.file, r.county]));
    const byStatus = tally(reports.map((r) => r.status ?? ''));
    expect(await bars(page, 'status')).toEqual({ ok: byStatus.ok ?? 0, findings: byStatus.findings ?? 0, unchecked: byStatus.unchecked ?? 0, failed: byStatus.failed ?? 0 });
    expect(byStatus.unchecked).toBeGreaterThan(0);
    expect(await bars(page, 'code')).toEqual(tally(findings.map((f) => f.code ?? '')));
    expect(await bars(page, 'county')).toEqual(tally(findings.map((f) => countyOfFile.get(f.file) ?? '')));

    // one page of 100 rows at a time
    const rows = page.locator('#reports tbody tr.report');
    await expect.poll(() => rows.count()).toBe(100);
    await page.click('#next');
    await page.click('#next');
    await expect.poll(() => rows.count()).toBe(reports.length - 200);

    // the unchecked bar: only unchecked reports, shown as 未核对 (not 通过), back to the first page
    await page.click('#dashboard [data-chart="status"] g.bar-row[data-key="unchecked"]');
    await expect.poll(() => rows.count()).toBe(byStatus.unchecked);
    expect(new Set(await page.locator('#reports tbody tr.report td.status-unchecked').allTextContents())).toEqual(new Set(['未核对']));
    expect(await page.locator('#status').inputValue()).toBe('unchecked');
    await expect.poll(() => page.locator('#shown-text').textContent()).toContain(`显示 ${byStatus.unchecked} / ${reports.length}`);
    // clicking it again lifts the filter
    await page.click('#dashboard [data-chart="status"] g.bar-row[data-key="unchecked"]');
    await expect.poll(() => rows.count()).toBe(100);

    // a code bar: the reports that have that finding
    const withCode = new Set(findings.filter((f) => f.code === 'count-mismatch').map((f) => f.file));
    await page.click('#dashboard [data-chart="code"] g.bar-row[data-key="count-mismatch"]');
    await expect.poll(() => page.locator('#shown-text').textContent()).toContain(`显示 ${withCode.size} / `);
    // and a county bar on top of it narrows to that county
    await page.click('#dashboard [data-chart="county"] g.bar-row[data-key="南县"]');
    const both = [...withCode].filter((f) => countyOfFile.get(f) === '南县');
    await expect.poll(() => page.locator('#shown-text').textContent()).toContain(`显示 ${both.length} / `);
    expect(await rows.locator('td:nth-child(3)').allTextContents()).toEqual(both.map(() => '南县'));

    await page.click('#clear');
    await expect.poll(() => rows.count()).toBe(100);
    expect(errors).toEqual([]);
    expect(requests.every((u) => u.startsWith('file:'))).toBe(true);
    await page.close();
  });

  it('shows a report’s form as the form, with the cells its findings point at highlighted', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await page.goto(pathToFileURL(path.join(dir, 'report.html')).href);
    await page.fill('#search', '批次/003.txt');
    await page.locator('#reports tbody tr.report').first().click();
    const form = page.locator('td.detail .form-view');
    await expect.poll(() => form.count()).toBe(1);
    expect(await form.locator('table.funds th').allTextContents()).toEqual(['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分']);
    expect(await form.locator('table.funds tbody tr').first().locator('td').allTextContents()).toEqual(['年度资金总额', '120', '125.5', '100.25', '10', '86.19%', '8.6']);
    expect(await form.locator('td.flag').allTextContents()).toEqual(['86.19%', '32']);
    const level1 = form.locator('table.indicators td.group', { hasText: '产出指标（50分）' });
    expect(await level1.getAttribute('rowspan')).toBe('2');
    expect(await form.locator('table.indicators tr', { hasText: '总分' }).locator('td.num').allTextContents()).toEqual(['100', '68.6']);
    await page.screenshot({ path: path.join(dir, 'form.png'), fullPage: true });
    await page.close();
  });

  it('opens a page of 20,000 reports (time printed as a figure, not asserted)', async () => {
    const big = path.join(mkdtempSync(path.join(tmpdir(), 'jixiao-20k-')), 'report.html');
    const statuses = [buildReport(), trickyReport(), uncheckedReport(), unreadableReport(), formReport()];
    const parts: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      const r = statuses[i % statuses.length]!;
      parts.push(reportHtmlEntryText(htmlEntry({ ...r, source: { ...r.source, path: `大批/${i}.txt` } }, null, 'zh')));
    }
    writeFileSync(big, reportHtmlHead('zh') + parts.join(',\n') + reportHtmlTail());
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const started = performance.now();
    await page.goto(pathToFileURL(big).href);
    await page.locator('#reports tbody tr.report').first().waitFor();
    const ms = performance.now() - started;
    console.log(`report.html with 20,000 reports: dashboard and first page shown in ${ms.toFixed(0)} ms`);
    expect(await page.locator('#reports tbody tr.report').count()).toBe(100);
    const status = await bars(page, 'status');
    expect(Object.values(status).reduce((a, b) => a + b, 0)).toBe(20_000);
    expect(status.unchecked).toBe(4_000);
    await page.close();
  }, 120_000);
});
