// The seed .txt, mutated: checkBytes never throws, never hangs, and gives a schema-valid report or one plain ingest-failed finding.
import fc from 'fast-check';
import { beforeAll, describe, it } from 'vitest';
import { expect } from 'vitest';
import type { Report } from '../../src/model.js';
import { fuzzParameters, propertyTimeoutMs } from './fuzz-config.js';
import { seedBytes, seedText } from './fixtures.js';
import {
  flipBytes, flipsArb, fractionArb, fullWidthDigits, injectChars, insertionsArb, picksArb, reorderTextRows, splitNumbers, truncate,
} from './mutations.js';
import { checkWithinBound, hasContent } from './outcome.js';

const utf8 = (text: string) => Buffer.from(text, 'utf8');

describe('fuzz: the seed text report, mutated', () => {
  let baseline: Report;
  beforeAll(async () => {
    baseline = await checkWithinBound('seed.txt', seedBytes);
  });

  /** A mild mutation keeps the words: if the original reads, the mutant must read too. */
  function expectStillReadable(report: Report): void {
    if (baseline.summary.status !== 'failed') {
      expect(report.summary.status).not.toBe('failed');
      expect(hasContent(report)).toBe(true);
    }
  }

  it('survives flipped bytes', { timeout: propertyTimeoutMs }, async () => {
    await fc.assert(fc.asyncProperty(flipsArb, async (flips) => void (await checkWithinBound('flipped.txt', flipBytes(seedBytes, flips)))), fuzzParameters);
  });

  it('survives truncation anywhere (including mid-character and to nothing)', { timeout: propertyTimeoutMs }, async () => {
    await fc.assert(fc.asyncProperty(fractionArb, async (fraction) => void (await checkWithinBound('cut.txt', truncate(seedBytes, fraction)))), fuzzParameters);
  });

  it('reads reordered table rows', { timeout: propertyTimeoutMs }, async () => {
    await fc.assert(
      fc.asyncProperty(picksArb, async (picks) => expectStillReadable(await checkWithinBound('rows.txt', utf8(reorderTextRows(seedText, picks))))),
      fuzzParameters,
    );
  });

  it('reads text with zero-width, bidi, combining and odd-space characters injected', { timeout: propertyTimeoutMs }, async () => {
    await fc.assert(
      fc.asyncProperty(insertionsArb, async (insertions) => void (await checkWithinBound('odd.txt', utf8(injectChars(seedText, insertions))))),
      fuzzParameters,
    );
  });

  it('reads full-width digits and numbers split by spaces or commas', { timeout: propertyTimeoutMs }, async () => {
    await fc.assert(
      fc.asyncProperty(picksArb, picksArb, async (wide, split) =>
        expectStillReadable(await checkWithinBound('digits.txt', utf8(splitNumbers(fullWidthDigits(seedText, wide), split))))),
      fuzzParameters,
    );
  });

  it('survives the same mutations in GB18030-looking and UTF-16 bytes', { timeout: propertyTimeoutMs }, async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seedText, 'utf16le')]);
    await fc.assert(
      fc.asyncProperty(flipsArb, fractionArb, async (flips, fraction) => void (await checkWithinBound('utf16.txt', truncate(flipBytes(utf16, flips), fraction)))),
      fuzzParameters,
    );
  });
});
