// PDF reports, bytes flipped and cut short: checkBytes never throws, never hangs, and answers plainly (a report or one failed finding).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzParameters, propertyTimeoutMs } from './fuzz-config.js';
import { fixturesDir } from './fixtures.js';
import { flipBytes, flipsArb, fractionArb, truncate } from './mutations.js';
import { checkWithinBound } from './outcome.js';

const inputs = ['shenxing-2022-summary.pdf', 'pdf-layout.pdf'].map((name) => ({ name, bytes: readFileSync(`${fixturesDir}${name}`) }));
const inputArb = () => fc.nat().map((n) => inputs[n % inputs.length]!);

/** Flips to be placed past the `%PDF-1.x` header, so the file is still read as a PDF. */
const flipBodyArb = fc.array(fc.record({ at: fc.nat(), xor: fc.integer({ min: 1, max: 255 }) }), { minLength: 1, maxLength: 12 });

describe('fuzz: PDF reports, mutated', () => {
  it('reads the fixtures unmutated (the baseline the mutations start from)', async () => {
    for (const input of inputs) {
      const report = await checkWithinBound(input.name, input.bytes);
      expect(report.summary.status).not.toBe('failed');
      expect(report.projects.length).toBeGreaterThan(0);
    }
  });

  it('survives bytes flipped anywhere in the file', { timeout: propertyTimeoutMs }, async () => {
    await fc.assert(
      fc.asyncProperty(inputArb(), flipsArb, async (input, flips) => void (await checkWithinBound(input.name, flipBytes(input.bytes, flips)))),
      fuzzParameters,
    );
  });

  it('survives bytes flipped in the objects after the header (past %PDF-, so it is still sniffed as a PDF)', { timeout: propertyTimeoutMs }, async () => {
    await fc.assert(
      fc.asyncProperty(inputArb(), flipBodyArb, async (input, flips) => {
        const kept = flips.map((f) => ({ at: 16 + (f.at % (input.bytes.length - 16)), xor: f.xor }));
        await checkWithinBound(input.name, flipBytes(input.bytes, kept));
      }),
      fuzzParameters,
    );
  });

  it('survives the file cut short (no xref, streams cut mid-way)', { timeout: propertyTimeoutMs }, async () => {
    await fc.assert(
      fc.asyncProperty(inputArb(), fractionArb, async (input, fraction) => void (await checkWithinBound(input.name, truncate(input.bytes, fraction)))),
      fuzzParameters,
    );
  });
});
