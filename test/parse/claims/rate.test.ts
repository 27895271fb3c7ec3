import { describe, expect, it } from 'vitest';
import { findRates } from '../../../src/parse/claims/rate.js';
import { toHalfWidth } from '../../../src/parse/numbers.js';
import type { ClaimOf } from '../../../src/model.js';

const rates = (text: string) =>
  findRates(toHalfWidth(text)).map((f) => {
    const c = f.claim as Omit<ClaimOf<'rate'>, 'id' | 'quote' | 'sectionId' | 'location'>;
    return { kind: c.kind, value: c.value, written: c.written, of: c.of && [c.of.numerator, c.of.denominator, c.of.unit], quote: text.slice(f.start, f.end) };
  });

describe('rates', () => {
  it('reads an execution rate with the budget and the spending of its sentence', () => {
    expect(rates('本项目预算资金700万元，实际支出425万元，执行率61%。')).toEqual([
      { kind: 'execution', value: 61, written: '61', of: [425, 700, '万元'], quote: '执行率61%。' },
    ]);
    expect(rates('项目全年预算数为80万元,执行数为80万元,完成预算的100%。')[0]).toMatchObject({ kind: 'execution', of: [80, 80, '万元'] });
  });

  it('brings 元 and 万元 to one unit', () => {
    expect(rates('预算资金50万元，实际支出400000元，资金执行率80.00%')[0]).toMatchObject({ written: '80.00', of: [40, 50, '万元'] });
  });

  it('takes the income as the base when no budget is stated', () => {
    expect(rates('财政拨款收入合计300万元,财政拨款支出合计270万元,预算执行率90%')[0]!.of).toEqual([270, 300, '万元']);
  });

  it('reads an over-target share with its target and result, in one counting unit', () => {
    expect(rates('全年任务80户，完成100户，超任务25%。')).toEqual([
      { kind: 'over-target', value: 25, written: '25', of: [100, 80, '户'], quote: '超任务25%。' },
    ]);
  });

  it('reads a year-on-year change from 由…到…, a fall as negative', () => {
    expect(rates('参训人数由200人增加到250人，同比增长25%')[0]).toMatchObject({ kind: 'growth', value: 25, of: [250, 200, '人'] });
    expect(rates('投诉由40件减少到30件，同比减少25%')[0]).toMatchObject({ kind: 'growth', value: -25, of: [30, 40, '件'] });
  });

  it('reads no rate from OCR-fused table cells, where a figure is glued right after the percentage', () => {
    // weight 6 | target 3% | actual 3% | score 6 read as one run: `63%` is no stated fall
    expect(rates('用水量较上年下降63%3%6生态效益指标')).toEqual([]);
    expect(rates('用水量较上年下降3%，生态效益明显')[0]).toMatchObject({ kind: 'growth', value: -3 });
  });

  it('reads a rate without figures, and leaves its figures out when they are ambiguous', () => {
    expect(rates('道路项目已完成竣工验收，完成率100%。')).toEqual([{ kind: 'completion', value: 100, written: '100', of: null, quote: '完成率100%。' }]);
    // two different budgets before the rate: which one it was computed from is not said
    expect(rates('年初预算100万元,调整后预算120万元,实际支出96万元,执行率80%')[0]!.of).toBeNull();
  });

  it('does not take figures from another sentence or from before an earlier rate', () => {
    expect(rates('预算资金60万元。全年共开展活动12次，执行率95%')[0]!.of).toBeNull();
    const two = rates('A项目预算10万元,实际支付10万元,使用率100%,B项目预算20万元,实际支付15万元,使用率75%');
    expect(two.map((r) => r.of)).toEqual([[10, 10, '万元'], [15, 20, '万元']]);
  });

  it('does not read targets, bounds or unrelated percentages as stated rates', () => {
    expect(rates('核心绩效目标:资金支出率≥98%、支出及时率≥97%')).toEqual([]);
    expect(rates('执行率达到90%以上')).toEqual([]);
    expect(rates('受益群众满意度100%')).toEqual([]);
  });
});
