import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidatePairs, nameFeatures, nearIdentical, nearIdenticalFeatures } from '../../src/validate/names.js';
import nodejieba from 'nodejieba';
import { nameKey } from '../../src/parse/name-key.js';

/** words split on spaces: the property test needs many names fast, not nodejieba */
const words = (key: string) => key.split(' ');
const row = (name: string) => ({ name, nameKey: name.replace(/\s+/g, ' ').trim() });

describe('near-identical names', () => {
  it('finds the seed’s re-listed project and not phases or numbered works', () => {
    const near = (a: string, b: string) => nearIdentical({ name: a, nameKey: nameKey(a) }, { name: b, nameKey: nameKey(b) });
    expect(near('村党组织活动经费', '2022年村党组织活动经费')).toBe('same-key');
    expect(near('道路硬化工程（一期）', '道路硬化工程（二期）')).toBeNull();
    expect(near('第1号村道路硬化工程', '第2号村道路硬化工程')).toBeNull();
  });
});

describe('nameFeatures', () => {
  it('has the words nodejieba cuts the whole key into, though each part of the key is cut (and kept) alone', () => {
    for (const name of ['2022年村党组织活动经费', '第1号村道路硬化工程（二期）', '【2022】63号 东庄村 污水管网建设', '城南社区3组道路维修']) {
      const key = nameKey(name);
      expect(nameFeatures({ name, nameKey: key }).tokens).toEqual(nodejieba.cut(key).filter((t) => t.trim() !== ''));
    }
  });
});

describe('candidatePairs', () => {
  it('loses no near-identical pair that comparing all with all finds', () => {
    const word = fc.constantFrom('道路', '硬化', '工程', '村', '东庄村', '二期', '1号', '2号', '经费', '活动', '党组织', '维修');
    fc.assert(
      fc.property(fc.array(fc.array(word, { minLength: 1, maxLength: 7 }), { maxLength: 25 }), (names) => {
        const features = names.map((ws) => nameFeatures(row(ws.join(' ')), words));
        const all: string[] = [];
        for (let i = 0; i < features.length; i++) {
          for (let j = i + 1; j < features.length; j++) {
            if (nearIdenticalFeatures(features[i]!, features[j]!)) all.push(`${i},${j}`);
          }
        }
        const candidates = new Set(candidatePairs(features).map(([i, j]) => `${i},${j}`));
        expect(all.filter((p) => !candidates.has(p))).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('pairs each candidate once, in row order', () => {
    const features = ['村 党组织 活动 经费', '村 党组织 活动 经费', '村 党组织 活动 经费 支出'].map((n) => nameFeatures(row(n), words));
    expect(candidatePairs(features)).toEqual([
      [0, 1],
      [0, 2],
      [1, 2],
    ]);
  });

  it('does not pair thousands of numbered works of one amount all with all', () => {
    const features = Array.from({ length: 4000 }, (_, i) => nameFeatures(row(`第 ${i + 1} 号 村道 路 硬化 工程`), words));
    expect(candidatePairs(features)).toHaveLength(0);
  });

  it('pairs names of different works sharing common words far fewer times than all with all', () => {
    // 2,000 different projects: two rare words each, the common words 村 建设 工程 shared by all
    const features = Array.from({ length: 2000 }, (_, i) => nameFeatures(row(`村 甲${i} 乙${i % 997} 建设 工程`), words));
    const pairs = candidatePairs(features).length;
    expect(pairs).toBeLessThan(2000 * 10);
    expect(2000 * 1999 / 2).toBeGreaterThan(pairs * 100);
  });
});
