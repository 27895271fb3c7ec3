import { describe, expect, it } from 'vitest';
import { findCompletionDistributions } from '../../../src/parse/claims/completion-distribution.js';
import { toHalfWidth } from '../../../src/parse/numbers.js';

const distributions = (text: string) =>
  findCompletionDistributions(toHalfWidth(text)).flatMap((f) =>
    f.claim.type === 'completionDistribution' ? [{ quote: text.slice(f.start, f.end), value: f.claim.value }] : [],
  );

describe('completion distributions', () => {
  it('reads exact, at-least and not-started levels with counts as written', () => {
    const text = '本部门1-12月份绩效目标实现程度达到100%的项目有14个，绩效目标实现程度在50%的项目有4个，绩效目标实现程度在30%的项目有1个，工作未开展的项目有5个。';
    const [d, ...rest] = distributions(text);
    expect(rest).toEqual([]);
    expect(d!.quote).toBe(text);
    expect(d!.value).toEqual([
      { level: '100%', percent: 100, match: 'exact', count: 14, text: '达到100%的项目有14个' },
      { level: '50%', percent: 50, match: 'atLeast', count: 4, text: '在50%的项目有4个' },
      { level: '30%', percent: 30, match: 'atLeast', count: 1, text: '在30%的项目有1个' },
      { level: 'not-started', percent: null, match: 'notStarted', count: 5, text: '工作未开展的项目有5个' },
    ]);
  });

  it('reads a level stated without a verb as exact', () => {
    expect(distributions('完成率100%的项目有3个，完成率在80%以上的项目有2个。').map((d) => d.value.map((l) => [l.level, l.match, l.count]))).toEqual([
      [['100%', 'exact', 3], ['80%', 'atLeast', 2]],
    ]);
  });

  it('keeps two sentences apart and stops before the score', () => {
    const text = '1. 绩效目标实现情况。1-12月份绩效目标实现程度达到100%的项目有21个，实现程度在50%的项目有2个。另有实现程度达到８０％以上的项目有二个。自评得分为90分。';
    const found = distributions(text);
    expect(found.map((d) => d.value.map((l) => [l.level, l.match, l.count]))).toEqual([
      [['100%', 'exact', 21], ['50%', 'atLeast', 2]],
      [['80%', 'atLeast', 2]],
    ]);
    expect(found[0]!.quote).toBe('1-12月份绩效目标实现程度达到100%的项目有21个，实现程度在50%的项目有2个。');
  });

  it('reads a counted rate followed by the remaining projects named one by one', () => {
    const text = '10个项目均完工,其中3个项目资金执行100%,剩余甲项目资金执行99.97%;乙项目99.89%,丙项目95.6%。';
    const [d, ...rest] = distributions(text);
    expect(rest).toEqual([]);
    expect(d!.value.map((l) => [l.level, l.match, l.count, l.text])).toEqual([
      ['100%', 'exact', 3, '3个项目资金执行100%'],
      ['99.97%', 'exact', 1, '甲项目资金执行99.97%'],
      ['99.89%', 'exact', 1, '乙项目99.89%'],
      ['95.6%', 'exact', 1, '丙项目95.6%'],
    ]);
    expect(d!.quote).toBe('其中3个项目资金执行100%,剩余甲项目资金执行99.97%;乙项目99.89%,丙项目95.6%。');
  });

  it('does not take a lone subset at a rate for a distribution', () => {
    expect(distributions('其中3个项目资金执行100%,其他项目正在推进。')).toEqual([]);
  });
});
