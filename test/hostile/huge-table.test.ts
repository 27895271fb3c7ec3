// A 100,000-row project table finishes within bounds and is either read or refused plainly; the time is printed.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBytes } from '../../src/pipeline.js';
import { expectPlainOutcome } from '../fuzz/outcome.js';
import { hugeTableText } from './hostile-files.js';
import { cliBuilt, readCsv, runCheck, tempDir } from './run-cli.js';

const ROWS = 100_000;
/** the CLI's default per-file time bound (--timeout 60) */
const BOUND_MS = 60_000;
/** npm test runs one layout; `npm run fuzz` (JIXIAO_FUZZ_LONG=1) runs them all */
const LAYOUTS = process.env.JIXIAO_FUZZ_LONG === '1' ? (['pipe', 'tab-row', 'spaces', 'tab-cell-lines'] as const) : (['pipe'] as const);

describe('hostile: a 100,000-row table', () => {
  it.each(LAYOUTS)('%s rows: read or refused within the per-file bound (60 s)', { timeout: 180_000 }, async (layout) => {
    const bytes = Buffer.from(hugeTableText(ROWS, layout), 'utf8');
    const started = performance.now();
    const report = await checkBytes(`huge-${layout}.txt`, bytes);
    const ms = performance.now() - started;
    console.log(`${ROWS} ${layout} rows (${(bytes.length / 1e6).toFixed(1)} MB): ${ms.toFixed(0)} ms, status ${report.summary.status}, ${report.projects.length} projects`);
    expectPlainOutcome(report);
    expect(ms).toBeLessThan(BOUND_MS);
    if (report.summary.status !== 'failed') {
      // read: every row kept (the default row limit is above 100,000), or a warning saying rows were dropped
      const dropped = report.source.warnings.length > 0 || report.findings.some((f) => f.code === 'possible-content-loss');
      if (!dropped) expect(report.projects).toHaveLength(ROWS);
    }
  });

  // Rows of one amount are compared pairwise by the duplicate rules: this must stay near-linear.
  it('3,000 rows of the same amount: read within 10 s', { timeout: 180_000 }, async () => {
    const bytes = Buffer.from(hugeTableText(3000, 'pipe', { oneAmount: true }), 'utf8');
    const started = performance.now();
    const report = await checkBytes('one-amount.txt', bytes);
    const ms = performance.now() - started;
    console.log(`3000 rows of one amount: ${ms.toFixed(0)} ms, status ${report.summary.status}`);
    expectPlainOutcome(report);
    expect(ms).toBeLessThan(10_000);
  });

  it.skipIf(!cliBuilt)('100,000 rows of one amount through the CLI: the per-file bound ends it, the batch finishes', { timeout: 240_000 }, () => {
    const dir = tempDir('rows-in');
    writeFileSync(path.join(dir, 'one-amount.txt'), hugeTableText(ROWS, 'pipe', { oneAmount: true }));
    const out = tempDir('rows-out');
    const run = runCheck([dir], out, ['--timeout', '60'], 200_000);
    console.log(`CLI, ${ROWS} rows of one amount: ${run.ms.toFixed(0)} ms, exit ${run.status}`);
    // --fail-on never: a file cut off by the bound is a failed row, not a failing exit
    expect(run.status, `stdout:\n${run.stdout}\nstderr:\n${run.stderr}`).toBe(0);
    expect(run.ms).toBeLessThan(150_000);
    const [row] = readCsv(path.join(out, 'reports.csv'));
    // read in time, or cut off by the bound and reported with a reason
    if (row?.status === 'failed') expect(row.reason).not.toBe('');
    else expect(Number(row?.tableProjectCount)).toBe(ROWS);
  });
});
