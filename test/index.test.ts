// The library entry point exposes the pipeline an integrator needs, and it runs end to end.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as jixiao from '../src/index.js';
import { expectValidReport } from './support/schema.js';

describe('library entry (jixiao-audit)', () => {
  it('checks the seed end to end through checkBytes, with limits passed through', async () => {
    const bytes = readFileSync(new URL('../fixtures/shenxing-2022-summary.txt', import.meta.url));
    const report = await jixiao.checkBytes('shenxing-2022-summary.txt', bytes);
    expectValidReport(report);
    expect(report.summary.projectCount).toBe(24);
    expect(report.findings.map((f) => f.code).sort()).toEqual(['claim-conflict', 'distribution-mismatch', 'possible-duplicate', 'score-mismatch']);

    const refused = await jixiao.checkBytes('shenxing-2022-summary.txt', bytes, { limits: { maxTextBytes: 1024 } });
    expect(refused.summary.status).toBe('failed');
    expect(refused.findings[0]?.code).toBe('ingest-failed');
  });

  it('exposes the stages, the catalogue and the schema', () => {
    const doc = { source: { path: 'x.txt', sha256: '', format: 'txt' as const, encoding: 'utf-8', bytes: 0 }, blocks: [], warnings: [] };
    const report = jixiao.validate(jixiao.parse(doc));
    expect(jixiao.ReportSchema.safeParse(report).success).toBe(true);
    expect(jixiao.rules.map((r) => r.code)).toContain('total-mismatch');
    expect(jixiao.reportJsonSchema()).toHaveProperty('$defs.Report');
  });
});
