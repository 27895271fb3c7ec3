/**
 * The real published reports in ../shared/corpus are read in place, never
 * copied. Under CI=true a missing folder is a failure; elsewhere the corpus
 * tests skip with a printed note.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const corpusDir = path.resolve(repoRoot, '../shared/corpus');
export const seedDir = path.resolve(repoRoot, '../shared/seed');

export const corpusAvailable = existsSync(corpusDir);
if (!corpusAvailable) {
  if (process.env.CI === 'true') {
    throw new Error(`the shared corpus is missing at ${corpusDir}; CI must run beside a copy of shared/`);
  }
  console.warn(`note: ${corpusDir} not found; corpus tests are skipped`);
}

export interface CorpusCase {
  id: string;
  textPath: string;
  bytes: Buffer;
  /** the hand-checked truth (see ../shared/corpus/README.md) */
  truth: CorpusTruth;
}

export interface CorpusTruth {
  id: string;
  kind: string;
  year: number | null;
  entity: string | null;
  declared: {
    project_count: number | null;
    total_amount: number | null;
    amount_unit: string | null;
    distribution: { level: string; count: number; name?: string }[] | null;
    self_score: number | null;
    other?: string[];
  };
  rows: { name: string; amount: number | null; completion_pct: number | null; score: number | null }[];
  inconsistencies: string[];
  consistent: string[];
  [key: string]: unknown;
}

export function corpusCases(): CorpusCase[] {
  if (!corpusAvailable) return [];
  return readdirSync(corpusDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const id = f.slice(0, -4);
      const textPath = path.join(corpusDir, f);
      return {
        id,
        textPath,
        bytes: readFileSync(textPath),
        truth: JSON.parse(readFileSync(path.join(corpusDir, `${id}.json`), 'utf8')) as CorpusTruth,
      };
    });
}
