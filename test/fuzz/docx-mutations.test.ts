// Word reports, mutated inside and outside the zip: checkBytes never throws, never hangs, and answers plainly.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/model.js';
import { fuzzParameters, propertyTimeoutMs } from './fuzz-config.js';
import { committedDocx, seedDocx } from './fixtures.js';
import {
  flipBytes, flipInsideEntry, flipsArb, fractionArb, fullWidthDigits, injectChars, insertionsArb, mapDocumentXml, mapXmlText, picksArb,
  reorderDocxRows, splitNumbers, truncate, truncateEntry,
} from './mutations.js';
import { checkWithinBound, hasContent } from './outcome.js';

interface WordInput {
  name: string;
  bytes: Buffer;
  baseline: Report;
}

describe('fuzz: Word reports, mutated', () => {
  const inputs: WordInput[] = [];
  beforeAll(async () => {
    const sources = [{ name: 'seed.docx', bytes: await seedDocx() }, ...committedDocx()];
    for (const { name, bytes } of sources) inputs.push({ name, bytes, baseline: await checkWithinBound(name, bytes) });
  });
  const inputArb = () => fc.nat().map((n) => inputs[n % inputs.length]!);

  function expectStillReadable(input: WordInput, report: Report): void {
    if (input.baseline.summary.status !== 'failed') {
      expect(report.summary.status).not.toBe('failed');
      expect(hasContent(report)).toBe(true);
    }
  }

  it('survives bytes flipped inside a zip entry (re-zipped, so the XML itself is damaged)', { timeout: propertyTimeoutMs }, async () => {
    await fc.assert(
      fc.asyncProperty(inputArb(), fc.nat(), flipsArb, async (input, entry, flips) =>
        void (await checkWithinBound(input.name, flipInsideEntry(input.bytes, entry, flips)))),
      fuzzParameters,
    );
  });

  it('survives a zip entry cut short (re-zipped)', { timeout: propertyTimeoutMs }, async () => {
    await fc.assert(
      fc.asyncProperty(inputArb(), fc.nat(), fractionArb, async (input, entry, fraction) =>
        void (await checkWithinBound(input.name, truncateEntry(input.bytes, entry, fraction)))),
      fuzzParameters,
    );
  });

  it('survives flipped bytes and truncation of the zip file itself', { timeout: propertyTimeoutMs }, async () => {
    await fc.assert(
      fc.asyncProperty(inputArb(), flipsArb, fractionArb, async (input, flips, fraction) =>
        void (await checkWithinBound(input.name, truncate(flipBytes(input.bytes, flips), Math.max(fraction, 0.5))))),
      fuzzParameters,
    );
  });

  it('reads reordered table rows', { timeout: propertyTimeoutMs }, async () => {
    await fc.assert(
      fc.asyncProperty(inputArb(), picksArb, async (input, picks) =>
        expectStillReadable(input, await checkWithinBound(input.name, mapDocumentXml(input.bytes, (xml) => reorderDocxRows(xml, picks))))),
      fuzzParameters,
    );
  });

  it('reads odd Unicode, full-width digits and split numbers in the text', { timeout: propertyTimeoutMs }, async () => {
    await fc.assert(
      fc.asyncProperty(inputArb(), insertionsArb, picksArb, picksArb, async (input, insertions, wide, split) => {
        const mutant = mapDocumentXml(input.bytes, (xml) => mapXmlText(xml, (text) => splitNumbers(fullWidthDigits(injectChars(text, insertions), wide), split)));
        expectStillReadable(input, await checkWithinBound(input.name, mutant));
      }),
      fuzzParameters,
    );
  });
});
