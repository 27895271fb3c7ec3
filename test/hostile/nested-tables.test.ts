// Tables nested inside table cells, 50 deep (and far deeper than Word allows), neither hang nor crash.
import { describe, expect, it } from 'vitest';
import { expectPlainOutcome } from '../fuzz/outcome.js';
import { seedDocx } from '../fuzz/fixtures.js';
import { checkBytes } from '../../src/pipeline.js';
import { nestedTablesDocx } from './hostile-files.js';

describe('hostile: deeply nested tables', () => {
  it.each([50, 2000])('answers a docx with tables nested %i deep within 15 s, and still reads the seed table after them', async (depth) => {
    const docx = nestedTablesDocx(await seedDocx(), depth);
    const started = performance.now();
    const report = await checkBytes(`nested-${depth}.docx`, docx);
    const ms = performance.now() - started;
    console.log(`nested tables ${depth} deep: ${ms.toFixed(0)} ms, status ${report.summary.status}, ${report.projects.length} projects`);
    expectPlainOutcome(report);
    expect(ms).toBeLessThan(15_000);
    // 50 deep is odd but legal Word: the report's own table still reads
    if (depth === 50) expect(report.summary.status).not.toBe('failed');
  });
});
