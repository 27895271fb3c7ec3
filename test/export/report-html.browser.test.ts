/**
 * report.html in a real browser: Debian's headless Chromium driven by
 * playwright-core. Opens the page from a file:// URL (as an auditor's
 * double-click does), filters, opens a report, checks what is visible, and
 * keeps a screenshot in test-artifacts/. Under CI=true a missing Chromium
 * fails; elsewhere the test is skipped with a note.
 *
 * JIXIAO_UPDATE_DOCS=1 also refreshes docs/report-html.png and
 * docs/report-html-dashboard.png (the README's screenshots) from a real
 * `jixiao check fixtures/` run.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BatchOutputs } from '../../src/export/batch-outputs.js';
import { repoRoot } from '../support/corpus.js';
import { buildReport, finding, project, trickyReport, unreadableReport } from './support.js';

const executablePath = '/usr/bin/chromium';
const available = existsSync(executablePath);
if (!available) {
  if (process.env.CI === 'true') throw new Error(`${executablePath} is missing; .ci/run installs Debian's chromium for the browser test`);
  console.warn(`note: ${executablePath} not found; the report.html browser test is skipped (apt-get install chromium)`);
}

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const artifacts = path.join(repoRoot, 'test-artifacts');

async function buildPage(): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'jixiao-html-'));
  const outputs = new BatchOutputs(dir, 'zh');
  outputs.write(buildReport({ path: '甲镇/2022/报告.txt', entity: '甲镇人民政府' }));
  outputs.write(trickyReport('乙镇/2022/报告.txt'));
  outputs.write(
    buildReport({
      path: '丙镇/报告.docx',
      entity: '丙镇人民政府',
      projects: [project(1), project(2), project(3)],
      findings: [
        finding({
          code: 'count-mismatch',
          severity: 'error',
          message: '声明的项目数（24个）与项目表的行数（3行）不一致',
          messageEn: 'Declared 24 projects, the table has 3 rows',
          expected: 24,
          actual: 3,
          evidence: [{ kind: 'claim', claimId: 'c2', quote: '预算项目24个', sectionId: 's1', location: { line: 5 } }],
        }),
      ],
    }),
  );
  outputs.write(unreadableReport('丁镇/损坏.docx'));
  await outputs.close();
  return path.join(dir, 'report.html');
}

describe.skipIf(!available)('report.html in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath, args: ARGS });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('filters by severity, opens a report, shows escaped text, highlights its rows', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    const dialogs: string[] = [];
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(await buildPage()).href);

    const reportRows = page.locator('#reports tbody tr.report');
    await expect.poll(() => reportRows.count()).toBe(4);
    await expect.poll(() => page.locator('#summary').textContent()).toContain('共 4 份报告');

    // errors only: the count-mismatch report and the unreadable file
    await page.selectOption('#severity', 'error');
    await expect.poll(() => reportRows.allTextContents()).toEqual([
      expect.stringContaining('丙镇/报告.docx'),
      expect.stringContaining('丁镇/损坏.docx'),
    ]);

    // by code: only the report with a negative amount
    await page.selectOption('#severity', '');
    await page.selectOption('#code', 'value-out-of-range');
    await expect.poll(() => reportRows.count()).toBe(1);
    await reportRows.first().click();
    const detail = page.locator('td.detail');
    await expect.poll(() => detail.isVisible()).toBe(true);
    const text = (await detail.innerText()) ?? '';
    expect(text).toContain('金额为负数');
    expect(text).not.toContain('自评得分与项目得分不符'); // filtered out by code
    // the project named like markup is shown as text, and nothing ran
    expect(await detail.locator('table.projects td', { hasText: '<script>alert(1)</script>' }).count()).toBe(1);
    expect(await page.locator('td.detail script').count()).toBe(0);
    // the rows the findings point at are highlighted
    expect(await detail.locator('table.projects tr.flag').allInnerTexts()).toEqual([expect.stringContaining('+cmd|calc'), expect.stringContaining('@村道维修')]);

    // sorting by errors, descending, puts the erroneous reports first
    await page.selectOption('#code', '');
    await page.locator('#reports th', { hasText: '错误' }).click();
    await page.locator('#reports th', { hasText: '错误' }).click();
    const firstFile = await reportRows.first().locator('td').first().textContent();
    expect(['丙镇/报告.docx', '丁镇/损坏.docx']).toContain(firstFile);

    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: path.join(artifacts, 'report-html.png'), fullPage: true });
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expect(requests.every((u) => u.startsWith('file:'))).toBe(true);
    await page.close();
  });

  it.runIf(process.env.JIXIAO_UPDATE_DOCS === '1')('refreshes docs/report-html.png from a real run on fixtures/', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'jixiao-docs-'));
    try {
      execFileSync('node', ['bin/jixiao.js', 'check', 'fixtures', '--out', out, '--quiet'], { cwd: repoRoot });
    } catch {
      // exit 1 means findings, which is what the screenshot shows
    }
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await page.goto(pathToFileURL(path.join(out, 'report.html')).href);
    mkdirSync(path.join(repoRoot, 'docs'), { recursive: true });
    // the dashboard as the page opens, then one report opened below it
    await page.locator('#dashboard svg').first().waitFor();
    await page.locator('#dashboard').screenshot({ path: path.join(repoRoot, 'docs', 'report-html-dashboard.png') });
    await page.locator('#reports tbody tr.report').last().click();
    await page.locator('.controls').evaluate((e) => e.scrollIntoView());
    await page.screenshot({ path: path.join(repoRoot, 'docs', 'report-html.png') });
    await page.close();
  });
});
