// XML entity attacks inside a docx: no exponential expansion, no local file read into the report.
import { describe, expect, it } from 'vitest';
import { checkBytes } from '../../src/pipeline.js';
import { expectPlainOutcome } from '../fuzz/outcome.js';
import { seedDocx } from '../fuzz/fixtures.js';
import { billionLaughsDocx, externalEntityDocx } from './hostile-files.js';

describe('hostile: XML entities in word/document.xml', () => {
  it('billion laughs: answered within 10 s, nothing expanded into the report', async () => {
    const started = performance.now();
    const report = await checkBytes('laughs.docx', billionLaughsDocx(await seedDocx()));
    const ms = performance.now() - started;
    expectPlainOutcome(report);
    expect(ms).toBeLessThan(10_000);
    const json = JSON.stringify(report);
    expect(json.length).toBeLessThan(1_000_000);
    expect(json).not.toMatch(/(lol){100}/);
  });

  it('external SYSTEM entity: /etc/passwd is never read into the report', async () => {
    const report = await checkBytes('xxe.docx', externalEntityDocx(await seedDocx()));
    expectPlainOutcome(report);
    expect(JSON.stringify(report)).not.toMatch(/root:.*:0:0:/);
  });
});
