/**
 * A 项目绩效目标表 fused into one run (texts written for these tests): rows
 * of name, target and one standard per grade of the header (优良中差), told
 * apart by the standards; rows that cannot be split are not read.
 */
import { describe, expect, it } from 'vitest';
import { readForms } from '../../../src/parse/forms/index.js';
import { textDoc } from '../support.js';

function targetsOf(run: string, header = '项目指标类型绩效指标绩效目标绩效标准优良中差') {
  const text = ['项目绩效目标表', `项目名称:某县道路养护项目${header}${run}-3-项目基本信息`, '一级指标 分值 二级指标 分值 三级指标 分值 得分'].join('\n');
  return (readForms(textDoc(text).blocks)[0]?.indicators ?? []).map((i) => [i.level1, i.name, i.target, i.weight, i.score]);
}

describe('a fused 绩效目标表 run', () => {
  it('splits rows by their graded standards: figures, grade words, a target opening with a figure', () => {
    expect(targetsOf('产出指标养护里程12公里12公里10公里8公里6公里效率指标完成时限2024年6月底前完成按时完成延期10天以内延期10-20天延期20天以上')).toEqual([
      ['产出指标', '养护里程', '12公里', null, null],
      ['效率指标', '完成时限', '2024年6月底前完成', null, null],
    ]);
  });

  it('reads a name written twice as one, and a target that opens with the name', () => {
    expect(targetsOf('效益指标通行条件通行条件较好较好好一般差养护到位养护到位率为95%95%90%-95%80%-90%<80%')).toEqual([
      ['效益指标', '通行条件', '较好', null, null],
      ['效益指标', '养护到位', '养护到位率为95%', null, null],
    ]);
  });

  it('takes as many standards as the header has grades', () => {
    expect(targetsOf('产出指标养护里程12公里12公里10公里8公里', '绩效指标绩效目标绩效标准良中差')).toEqual([['产出指标', '养护里程', '12公里', null, null]]);
  });

  it('leaves a row unread when its name and target cannot be told apart', () => {
    expect(targetsOf('效益指标道路通行明显改善较好好一般差')).toEqual([]);
    // a level name inside the name: a level this reading does not know cut in
    expect(targetsOf('产出指标时效指标完成时限2024年6月底前完成按时完成延期10天以内延期10-20天延期20天以上')).toEqual([]);
  });

  it('reads a long run without end quickly', () => {
    const started = Date.now();
    const rows = targetsOf(`产出指标养护里程12公里12公里10公里8公里6公里${'道路养护工作按计划推进'.repeat(3000)}`);
    expect(rows).toEqual([['产出指标', '养护里程', '12公里', null, null]]);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('reads nothing without a graded header', () => {
    expect(targetsOf('产出指标养护里程12公里12公里10公里8公里6公里', '绩效指标绩效目标')).toEqual([]);
  });
});
