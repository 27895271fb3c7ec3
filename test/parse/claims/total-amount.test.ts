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

  it('does not take parts, executed amounts or one project’s amount for a total', () => {
    expect(totals('其中:中央级资金转移支付124.23万元,省级资金转移支付370.83万元')).toEqual([]);
    expect(totals('本项目共完成预算资金1329120.67元')).toEqual([]);
    expect(totals('安排经费12万元。')).toEqual([]);
    expect(totals('项目总成本 ≤202.6万元')).toEqual([]);
    expect(totals('计划资金全部到位56万元')).toEqual([]);
  });
});
