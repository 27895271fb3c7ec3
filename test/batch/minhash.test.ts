// MinHash estimates Jaccard similarity from fixed seeds; LSH banding finds similar pairs without comparing all pairs.
import { describe, expect, it } from 'vitest';
import { candidatePairs } from '../../src/batch/lsh.js';
import { EMPTY, estimatedSimilarity, MinHasher } from '../../src/batch/minhash.js';

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

describe('MinHash', () => {
  const hasher = new MinHasher(256, 7);

  it('gives the same signature for the same set, whatever the order and repeats, and from a new hasher with the same seed', () => {
    const a = hasher.signature([5, 9, 1, 700]);
    expect(hasher.signature([700, 1, 1, 9, 5])).toEqual(a);
    expect(new MinHasher(256, 7).signature([1, 5, 9, 700])).toEqual(a);
    expect(new MinHasher(256, 8).signature([1, 5, 9, 700])).not.toEqual(a);
  });

  it('estimates the Jaccard similarity of two sets', () => {
    // |A∩B| = 100, |A∪B| = 200: Jaccard 0.5
    const a = hasher.signature(range(0, 150));
    const b = hasher.signature(range(50, 200));
    expect(estimatedSimilarity(a, b)).toBeGreaterThan(0.38);
    expect(estimatedSimilarity(a, b)).toBeLessThan(0.62);
    expect(estimatedSimilarity(a, hasher.signature(range(1000, 1150)))).toBeLessThan(0.05);
    expect(estimatedSimilarity(a, a)).toBe(1);
  });

  it('marks an empty set as all EMPTY', () => {
    expect([...hasher.signature([])].every((v) => v === EMPTY)).toBe(true);
  });
});

describe('LSH banding', () => {
  const hasher = new MinHasher(64, 3);
  const collect = (sigs: (Uint32Array | null)[], bucketCap = 50) => {
    const pairs = new Set<string>();
    candidatePairs(sigs, { bands: 16, bucketCap }, (i, j) => pairs.add(`${i}-${j}`));
    return pairs;
  };

  it('pairs near-identical sets and not unrelated ones, smaller index first', () => {
    const sigs = [
      hasher.signature(range(0, 100)),
      hasher.signature(range(1000, 1100)),
      hasher.signature(range(2, 100)),
      null,
      hasher.signature(range(5000, 5100)),
    ];
    const pairs = collect(sigs);
    expect(pairs.has('0-2')).toBe(true);
    expect([...pairs].every((p) => p === '0-2')).toBe(true);
  });

  it('passes over buckets larger than the cap: common wording shared by many is not a copy', () => {
    const many = Array.from({ length: 10 }, () => hasher.signature(range(0, 50)));
    expect(collect(many, 50).size).toBe(45);
    expect(collect(many, 5).size).toBe(0);
  });

  it('does the work of sorting, not of all pairs: 20,000 unrelated sets give next to no candidates', () => {
    const sigs = Array.from({ length: 20_000 }, (_, i) => hasher.signature([i * 3 + 1, i * 3 + 2, i * 3 + 3]));
    const started = performance.now();
    // 32-bit bucket hashes: an odd chance collision is expected (and rejected when the pair is confirmed)
    expect(collect(sigs).size).toBeLessThan(10);
    // all pairs would be 2×10⁸ comparisons; a generous bound that still tells the two apart
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
