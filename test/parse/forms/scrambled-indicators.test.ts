/**
 * A PDF text layer that emits the indicator table's figures before its level
 * and name cells (texts written for these tests): read back only when the
 * run cuts into whole rows, 总分 is the rows plus the funds row exactly, and
 * there are as many names as rows.
 */
import { describe, expect, it } from 'vitest';
import { readForms } from '../../../src/parse/forms/index.js';
import { textDoc } from '../support.js';

function formOf(run: string, tail: string) {
  const text = [
    '项目支出绩效自评表',
    '年初预算数 全年预算数 全年执行数 分值 执行率 得分',
    '年度资金总额 80 80 72 20 90% 18',
    `一级指标 二级指标 数量指标 三级指标 培训覆盖 年度指标值 实际完成值 分值 得分 ${run}`,
    `${tail} 总分 -1-`,
  ].join('\n');
  const forms = readForms(textDoc(text).blocks);
  expect(forms).toHaveLength(1);
  return forms[0]!;
}

describe('indicator figures emitted before their names', () => {
  it('reads the rows in order, a wrapped name tail joined back, and 总分 = rows + funds', () => {
    const form = formOf('≥95% 97% 40 40 ≥90% 92% 40 38 100 96', '率 产出指标 质量指标 课程合格率');
    expect(form.indicators.map((i) => [i.level2, i.name, i.target, i.actual, i.weight, i.score])).toEqual([
      ['数量指标', '培训覆盖率', '≥95%', '97%', 40, 40],
      ['质量指标', '课程合格率', '≥90%', '92%', 40, 38],
    ]);
    expect([form.total?.weight, form.total?.score]).toEqual([100, 96]);
  });

  it('reads nothing when 总分 is not the rows plus the funds row', () => {
    const form = formOf('≥95% 97% 40 40 ≥90% 92% 40 38 100 97', '率 产出指标 质量指标 课程合格率');
    expect(form.indicators).toEqual([]);
    expect(form.total).toBeNull();
  });

  it('reads nothing when the names are not as many as the rows', () => {
    const form = formOf('≥95% 97% 40 40 ≥90% 92% 40 38 100 96', '率 产出指标 质量指标 课程合格率 师资到位');
    expect(form.indicators).toEqual([]);
  });
});
