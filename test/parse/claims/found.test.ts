import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findClaims } from '../../../src/parse/claims/index.js';
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

/** The fastest of five runs, in ms. */
function fastest(run: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/** How much longer a finder takes on a paragraph four times as long: about 4 when linear, 16 when quadratic. */
function growth(find: (text: string) => Found[], sentence: string, repeats: number): number {
  const small = sentence.repeat(repeats);
  const large = sentence.repeat(repeats * 4);
  find(small); // warm up the JIT
  return fastest(() => find(large)) / fastest(() => find(small));
}

describe('claim finders on one long paragraph (a form flattened to one line)', () => {
  const SENTENCE = '本部门管理的预算项目24个，涉及资金2735.649088万元，实现程度达到100%的项目有14个；';
  it('total amounts: each amount looks back over its own clause only, not the whole paragraph', () => {
    expect(growth(findTotalAmounts, SENTENCE, 2000)).toBeLessThan(8);
  });

  it('total amounts: a paragraph without any clause break is still read in near-linear time', () => {
    expect(growth(findTotalAmounts, '共计资金10万元和', 4000)).toBeLessThan(8);
  });

  it('project counts: a count is checked against earlier counts by position, not against each one', () => {
    expect(growth(findProjectCounts, SENTENCE, 8000)).toBeLessThan(8);
  });

  it('all finders together stay near-linear', () => {
    expect(growth(findClaims, SENTENCE, 1000)).toBeLessThan(8);
  });

  it('the 其中 of an earlier clause in the same sentence still marks a later amount as a part', () => {
    const found = findTotalAmounts('资金共100万元；其中中央资金共60万元，省级资金共计40万元。');
    expect(found.map((f) => f.claim.value)).toEqual([100]);
  });
});
