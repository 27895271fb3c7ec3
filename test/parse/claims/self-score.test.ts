import { describe, expect, it } from 'vitest';
import { findSelfScores } from '../../../src/parse/claims/self-score.js';
import { toHalfWidth } from '../../../src/parse/numbers.js';

const scores = (text: string) => findSelfScores(toHalfWidth(text)).map((f) => f.claim.value);

describe('declared self scores', () => {
  it('reads the overall self score', () => {
    expect(scores('实现程度在30%的项目有1个。自评得分为90分。')).toEqual([90]);
    expect(scores('自评总分９５．５分')).toEqual([95.5]);
    expect(scores('综合评分为88分')).toEqual([88]);
  });
  it('does not read an indicator weight or a satisfaction rate', () => {
    expect(scores('产出指标(50分)，受益群众满意度100%')).toEqual([]);
  });
});
