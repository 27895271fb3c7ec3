/**
 * How hard the fuzz suite pushes. `npm test` runs a bounded, fixed-seed part;
 * `npm run fuzz` sets JIXIAO_FUZZ_RUNS higher, JIXIAO_FUZZ_SEED=random and JIXIAO_FUZZ_LONG=1 (the larger hostile variants)
 * (the seed is printed so a failure can be replayed with JIXIAO_FUZZ_SEED=<seed>).
 */
const runsFromEnv = Number(process.env.JIXIAO_FUZZ_RUNS);
const seedFromEnv = process.env.JIXIAO_FUZZ_SEED;

export const fuzzRuns = Number.isInteger(runsFromEnv) && runsFromEnv > 0 ? runsFromEnv : 25;
export const fuzzSeed = seedFromEnv === 'random' ? (Date.now() ^ (Math.random() * 0x7fffffff)) | 0 : Number(seedFromEnv ?? 20221231) | 0;
/** one file through checkBytes must finish within this, in ms (the CLI's per-file bound is the real guard) */
export const caseBoundMs = Number(process.env.JIXIAO_FUZZ_CASE_MS ?? 10_000);

if (seedFromEnv === 'random') console.log(`fuzz seed ${fuzzSeed} (replay with JIXIAO_FUZZ_SEED=${fuzzSeed})`);

export const fuzzParameters = { numRuns: fuzzRuns, seed: fuzzSeed, endOnFailure: true } as const;
/** vitest timeout for one property: every run at its bound would still fit */
export const propertyTimeoutMs = Math.max(60_000, fuzzRuns * 2_000);
