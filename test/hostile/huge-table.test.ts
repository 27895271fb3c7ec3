// A 100,000-row project table finishes within bounds and is either read or refused plainly; the time is printed.
import { describe, expect, it } from 'vitest';
import { checkBytes } from '../../src/pipeline.js';
import { expectPlainOutcome } from '../fuzz/outcome.js';
import { hugeTableText } from './hostile-files.js';

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
});
