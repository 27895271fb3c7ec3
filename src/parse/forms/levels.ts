/**
 * Indicator levels and group weights: `产出指标`, `产出指标（50分）`,
 * `满意度指标` + `(10分)` on its own line, a score sheet's `规划 (15分)`.
 */
import { GROUP_WEIGHT, LEVEL1, LEVEL2, WEIGHTED_ONLY_LEVEL1 } from './lexicon.js';

export interface LevelLabel {
  level: 1 | 2;
  /** the name as written, weight dropped (`产出指标`) */
  name: string;
  weight: number | null;
}

export function levelOf(key: string, text: string): LevelLabel | null {
  const m = GROUP_WEIGHT.exec(key);
  const bare = key.replace(GROUP_WEIGHT, '');
  const weight = m ? Number(m[1]) : null;
  const name = text.replace(GROUP_WEIGHT, '').replace(/\s+$/, '').trim();
  if (LEVEL1.test(bare) && (!WEIGHTED_ONLY_LEVEL1.test(bare) || weight !== null)) return { level: 1, name, weight };
  if (LEVEL2.test(bare)) return { level: 2, name, weight };
  return null;
}

/** A bare group weight cell: `(50分)`. */
export function bareGroupWeight(key: string): number | null {
  const m = /^[(（](\d+(?:\.\d+)?)分[)）]$/.exec(key);
  return m ? Number(m[1]) : null;
}
