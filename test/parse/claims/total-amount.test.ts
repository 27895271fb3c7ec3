import { describe, expect, it } from 'vitest';
import { findTotalAmounts } from '../../../src/parse/claims/total-amount.js';
import { toHalfWidth } from '../../../src/parse/numbers.js';

const totals = (text: string) =>
  findTotalAmounts(toHalfWidth(text)).map((f) => (f.claim.type === 'totalAmount' ? `${f.claim.value}${f.claim.unit}` : null));

describe('declared totals', () => {
  it('reads a total with its unit kept', () => {
    expect(totals('预算项目24个，涉及资金2735.649088万元。')).toEqual(['2735.649088万元']);
    expect(totals('预算项目24个，涉及资金27,356,490.88元。')).toEqual(['27356490.88元']);
    expect(totals('项目共4个,共计44万元。')).toEqual(['44万元']);
    expect(totals('镇人民政府2023年度下达上级资金转移支付755.19万元。')).toEqual(['755.19万元']);
    expect(totals('2023年我镇获得财政衔接资金共1206.591万元,其中:中央729.976万元,省级306万元')).toEqual(['1206.591万元']);
    expect(totals('本项目共申请预算资金2026400元,其中村级组织运转400000元')).toEqual(['2026400元']);
    expect(totals('涉及资金２７３５．６４９０８８万元')).toEqual(['2735.649088万元']);
  });

  it('reads what was issued in all, and the income the budget itself is, even right after a year', () => {
    expect(totals('某局2022年衔接资金共下达80万元,用于实施某村灌溉设施项目。')).toEqual(['80万元']);
    expect(totals('上级共计下达36.5万元。')).toEqual(['36.5万元']);
    expect(totals('2023年度财政拨款收入合计2023.45万元(均为一般公共预算收入),财政拨款支出合计2023.45万元。')).toEqual(['2023.45万元']);
    expect(totals('财政补助收入合计118万元。')).toEqual(['118万元']);
  });

  it('does not take other income, or a part of what was issued, for a total', () => {
    expect(totals('预计年总收入30万元,村集体经营收入合计3万元。')).toEqual([]);
    expect(totals('全镇实现一般公共预算收入合计3000万元。')).toEqual([]);
    expect(totals('其中省级共下达20万元。')).toEqual([]);
    expect(totals('资金已下达80万元。')).toEqual([]);
  });

  it('does not take parts, executed amounts or one project’s amount for a total', () => {
    expect(totals('其中:中央级资金转移支付124.23万元,省级资金转移支付370.83万元')).toEqual([]);
    expect(totals('本项目共完成预算资金1329120.67元')).toEqual([]);
    expect(totals('安排经费12万元。')).toEqual([]);
    expect(totals('项目总成本 ≤202.6万元')).toEqual([]);
    expect(totals('计划资金全部到位56万元')).toEqual([]);
  });
});
