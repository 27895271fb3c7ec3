/**
 * MinHash: for each of k fixed hash functions, the least value over a set.
 * Two sets' signatures agree in a share of positions that estimates their
 * Jaccard similarity, so near-identical sets can be found without comparing
 * every pair (see lsh.ts). The seeds are fixed: the same set always gives the
 * same signature.
 */
import { fixedSeeds, fmix32 } from './hash.js';

export const EMPTY = 0xffffffff;

export class MinHasher {
  private readonly seeds: Uint32Array;

  constructor(size: number, seed: number) {
    this.seeds = fixedSeeds(size, seed);
  }

  get size(): number {
    return this.seeds.length;
  }

  /** The signature of a set of 32-bit values (duplicates do not matter); all EMPTY for an empty set. */
  signature(values: Iterable<number>): Uint32Array {
    const out = new Uint32Array(this.seeds.length).fill(EMPTY);
    for (const value of values) {
      for (let i = 0; i < this.seeds.length; i++) {
        const h = fmix32(value ^ (this.seeds[i] as number));
        if (h < (out[i] as number)) out[i] = h;
      }
    }
    return out;
  }
}

/** The share of positions where two signatures agree: an estimate of the sets' Jaccard similarity. */
export function estimatedSimilarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same += 1;
  return a.length === 0 ? 0 : same / a.length;
}
