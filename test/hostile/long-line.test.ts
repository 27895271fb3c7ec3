// An 18 MB text on one line is refused by the text size limit; one just under the limit is processed without hanging.
import { describe, expect, it } from 'vitest';
import { checkBytes } from '../../src/pipeline.js';
import { DEFAULT_LIMITS } from '../../src/ingest/limits.js';
import { expectPlainOutcome } from '../fuzz/outcome.js';
import { singleLineText } from './hostile-files.js';

describe('hostile: a single line of many megabytes', () => {
  it('refuses 18 MB on one line as too large, quickly', async () => {
    const bytes = singleLineText(18);
    expect(bytes.length).toBeGreaterThan(DEFAULT_LIMITS.maxTextBytes);
    const started = performance.now();
    const report = await checkBytes('one-line.txt', bytes);
    const ms = performance.now() - started;
    expectPlainOutcome(report);
    expect(report.summary.status).toBe('failed');
    expect(report.findings[0]?.actual).toBe('too-large');
    expect(ms).toBeLessThan(5_000);
  });

  it('processes 3 MB on one line in near-linear time (within 20 s), read or refused plainly', { timeout: 120_000 }, async () => {
    const bytes = singleLineText(3);
    const started = performance.now();
    const report = await checkBytes('one-line-3mb.txt', bytes);
    const ms = performance.now() - started;
    console.log(`3 MB single line: ${ms.toFixed(0)} ms, status ${report.summary.status}, ${report.claims.length} claims`);
    expectPlainOutcome(report);
    expect(ms).toBeLessThan(20_000);
  });
});
