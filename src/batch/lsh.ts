/**
 * Locality-sensitive hashing by banding: a MinHash signature is cut into
 * bands, each band hashed to a bucket; two signatures that agree on a whole
 * band share its bucket and become a candidate pair. Sorting each band's
 * (bucket, item) pairs makes the buckets, so time is O(n log n) per band and
 * memory O(n) — never all pairs. Buckets larger than a cap are common
 * wording shared by many, not a copy between two, and are passed over.
 */
import { fmix32 } from './hash.js';

/** the bucket hash times 2^21 plus the item: exact in a double for up to 2^21 items */
const ITEM_BITS = 2 ** 21;

export interface BandingOptions {
  bands: number;
  bucketCap: number;
}

/**
 * Calls `pair(i, j)` (i < j) for each candidate pair, once per band where
 * they share a bucket (the caller keeps what it has already seen). Items with
 * a null signature take no part.
 */
export function candidatePairs(signatures: readonly (Uint32Array | null)[], options: BandingOptions, pair: (i: number, j: number) => void): void {
  if (signatures.length >= ITEM_BITS) throw new Error(`the batch stage compares at most ${ITEM_BITS - 1} reports`);
  const present = signatures.flatMap((s, i) => (s ? [i] : []));
  if (present.length < 2) return;
  const first = signatures[present[0] as number] as Uint32Array;
  const rows = Math.floor(first.length / options.bands);
  const keys = new Float64Array(present.length);
  for (let band = 0; band < options.bands; band++) {
    present.forEach((item, k) => {
      const sig = signatures[item] as Uint32Array;
      let h = fmix32(band + 1);
      for (let r = band * rows; r < (band + 1) * rows; r++) h = fmix32(h ^ (sig[r] as number));
      keys[k] = h * ITEM_BITS + item;
    });
    keys.sort();
    let start = 0;
    for (let k = 1; k <= keys.length; k++) {
      if (k < keys.length && Math.floor((keys[k] as number) / ITEM_BITS) === Math.floor((keys[start] as number) / ITEM_BITS)) continue;
      const size = k - start;
      if (size >= 2 && size <= options.bucketCap) {
        for (let x = start; x < k; x++) {
          for (let y = x + 1; y < k; y++) pair((keys[x] as number) % ITEM_BITS, (keys[y] as number) % ITEM_BITS);
        }
      }
      start = k;
    }
  }
}
