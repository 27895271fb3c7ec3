// A PDF with a huge page count or a deeply nested object graph ends as one failed report (or a read one) with a plain reason, fast and in bounded memory.
import { beforeAll, describe, expect, it } from 'vitest';
import { checkBytes } from '../../src/pipeline.js';
import { expectPlainOutcome } from '../fuzz/outcome.js';
import { deeplyNestedPdf, manyPagesPdf } from './hostile-files.js';

async function timed(name: string, bytes: Uint8Array): Promise<{ report: Awaited<ReturnType<typeof checkBytes>>; ms: number; grewMb: number }> {
  const rss = process.memoryUsage().rss;
  const started = performance.now();
  const report = await checkBytes(name, bytes);
  return { report, ms: performance.now() - started, grewMb: (process.memoryUsage().rss - rss) / 1024 / 1024 };
}

describe('hostile: PDF bounds', () => {
  beforeAll(async () => {
    // load pdf.js once, so the bounds below time the file and not the library's first load
    await checkBytes('warm.pdf', manyPagesPdf(1));
  });

  it('refuses 200 000 pages (one page object listed again and again) before reading them', async () => {
    const bytes = manyPagesPdf(200_000);
    expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
    const { report, ms, grewMb } = await timed('pages.pdf', bytes);
    expectPlainOutcome(report);
    expect(report.summary.status).toBe('failed');
    expect(report.findings[0]?.actual).toBe('too-large');
    expect(report.findings[0]?.messageEn).toContain('200000');
    expect(ms).toBeLessThan(10_000);
    expect(grewMb).toBeLessThan(300);
  });

  it.each([
    { depth: 1_000, where: 'page' },
    { depth: 100_000, where: 'page' },
    { depth: 100_000, where: 'content' },
  ] as const)('answers arrays nested $depth deep in the $where plainly, within 10 s and 300 MB', async ({ depth, where }) => {
    const { report, ms, grewMb } = await timed('deep.pdf', deeplyNestedPdf(depth, where));
    expectPlainOutcome(report);
    if (report.summary.status === 'failed') expect(report.findings[0]?.actual).toBe('corrupt-pdf');
    else expect(report.source.format).toBe('pdf');
    expect(ms).toBeLessThan(10_000);
    expect(grewMb).toBeLessThan(300);
  });
});
