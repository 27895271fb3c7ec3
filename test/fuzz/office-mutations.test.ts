// Word 97–2003 (.doc) and Excel (.xlsx) files, mutated: checkBytes never throws, never hangs, and answers plainly.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { fuzzParameters, propertyTimeoutMs } from './fuzz-config.js';
import { fixturesDir } from './fixtures.js';
import { flipBytes, flipInsideEntry, flipsArb, fractionArb, truncate, truncateEntry } from './mutations.js';
import { checkWithinBound } from './outcome.js';

const fixture = (name: string): Buffer => readFileSync(path.join(fixturesDir, name));
const docs = ['shenxing-2022-summary.doc', 'shenxing-2022-summary-tracked.doc', 'multi-paragraph-cells.doc'].map((name) => ({ name, bytes: fixture(name) }));
const form = fixture('project-form.xlsx');
const docArb = fc.nat().map((n) => docs[n % docs.length]!);

describe('fuzz: .doc files, mutated', () => {
  it('survives flipped bytes anywhere: header, allocation table, directory, Word streams', { timeout: propertyTimeoutMs }, async () => {
    await fc.assert(
      fc.asyncProperty(docArb, flipsArb, async (doc, flips) => void (await checkWithinBound(doc.name, flipBytes(doc.bytes, flips)))),
      fuzzParameters,
    );
  });

  it('survives flips in the first sectors (where the container and the Word header are) and truncation', { timeout: propertyTimeoutMs }, async () => {
    await fc.assert(
      fc.asyncProperty(docArb, flipsArb, fractionArb, async (doc, flips, fraction) => {
        const near = flips.map((f) => ({ ...f, at: f.at % 4096 }));
        await checkWithinBound(doc.name, truncate(flipBytes(doc.bytes, near), Math.max(fraction, 0.3)));
      }),
      fuzzParameters,
    );
  });
});

describe('fuzz: .xlsx files, mutated', () => {
  it('survives bytes flipped inside a part (re-zipped, so the XML itself is damaged)', { timeout: propertyTimeoutMs }, async () => {
    await fc.assert(
      // odd picks: any part (an even pick means word/document.xml, which a workbook has not)
      fc.asyncProperty(fc.nat(), flipsArb, async (entry, flips) => void (await checkWithinBound('form.xlsx', flipInsideEntry(form, entry * 2 + 1, flips)))),
      fuzzParameters,
    );
  });

  it('survives a part cut short, and flips and truncation of the zip itself', { timeout: propertyTimeoutMs }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fractionArb, flipsArb, async (entry, fraction, flips) => {
        await checkWithinBound('form.xlsx', truncateEntry(form, entry * 2 + 1, fraction));
        await checkWithinBound('form.xlsx', truncate(flipBytes(form, flips), Math.max(fraction, 0.5)));
      }),
      fuzzParameters,
    );
  });
});
