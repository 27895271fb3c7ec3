import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findProjectCounts } from '../../../src/parse/claims/project-count.js';
import { findTotalAmounts } from '../../../src/parse/claims/total-amount.js';
import { markerInRun, type Found } from '../../../src/parse/claims/found.js';

describe('markerInRun', () => {
  const STOP = /[。；;\s]/;
  it('answers as the regex on the whole text before the position would, at rising and falling positions', () => {
    const char = fc.constantFrom('其', '中', '资', '金', '。', '；', ' ', '，', '1');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 40 }), fc.array(fc.nat(40), { maxLength: 12 }), (chars, positions) => {
        const text = chars.join('');
        const inRun = markerInRun(text, '其中', STOP);
        for (const p of positions) {
          const at = Math.min(p, text.length);
          expect(inRun(at)).toBe(/其中[^。；;\s]*$/.test(text.slice(0, at)));
        }
      }),
      { numRuns: 500 },
    );
  });
});

/**
 * Milliseconds to read one paragraph of `repeats` sentences (warmed up on a
 * short one first). At 32,000 sentences (3.4 MB) the linear finders take
 * 0.1–0.6 s (2.6 s on a loaded machine) and the quadratic ones they replaced
 * took 6–20 s (1.5 s on 1 MB), so the bounds are generous yet fail a rescan.
 */
function msFor(find: (text: string) => Found[], sentence: string, repeats: number): number {
  const text = sentence.repeat(repeats);
  find(sentence.repeat(100));
  const started = performance.now();
  find(text);
  const ms = performance.now() - started;
  console.log(`${find.name}: ${ms.toFixed(0)} ms for ${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB`);
  return ms;
}

describe('claim finders on one long paragraph (a form flattened to one line)', () => {
  const SENTENCE = '本部门管理的预算项目24个，涉及资金2735.649088万元，实现程度达到100%的项目有14个；';
  it('total amounts: each amount looks back over its own clause only, not the whole paragraph', { timeout: 60_000 }, () => {
    expect(msFor(findTotalAmounts, SENTENCE, 32_000)).toBeLessThan(10_000);
  });

  it('total amounts: a paragraph without any clause break is still read in near-linear time', { timeout: 60_000 }, () => {
    expect(msFor(findTotalAmounts, '共计资金10万元和', 30_000)).toBeLessThan(5_000);
  });

  it('project counts: a count is checked against earlier counts by position, not against each one', { timeout: 60_000 }, () => {
    expect(msFor(findProjectCounts, SENTENCE, 32_000)).toBeLessThan(4_000);
  });

  it('the 其中 of an earlier clause in the same sentence still marks a later amount as a part', () => {
    const found = findTotalAmounts('资金共100万元；其中中央资金共60万元，省级资金共计40万元。');
    expect(found.map((f) => f.claim.value)).toEqual([100]);
  });
});
