import { describe, expect, it } from 'vitest';
import { findBudgetAmounts } from '../../../src/parse/claims/budget-amount.js';
import { findExecutedAmounts } from '../../../src/parse/claims/executed-amount.js';
import { findReceivedAmounts } from '../../../src/parse/claims/received-amount.js';
import type { Found } from '../../../src/parse/claims/found.js';
import { toHalfWidth } from '../../../src/parse/numbers.js';

const read = (find: (t: string) => Found[]) => (text: string) =>
  find(toHalfWidth(text)).map((f) => ('value' in f.claim ? `${f.claim.value}${f.claim.unit}` : ''));
const budgets = read(findBudgetAmounts);
const received = read(findReceivedAmounts);
const executed = read(findExecutedAmounts);

describe('budget amounts', () => {
  it('reads the budget after its cue, in its own unit', () => {
    expect(budgets('本项目预算资金700万元，当年实际支出425万元。')).toEqual(['700万元']);
    expect(budgets('年初预算安排120万元，调整后预算150.5万元。')).toEqual(['120万元', '150.5万元']);
    expect(budgets('单位全年（调整）预算数为３６０万元')).toEqual(['360万元']);
    expect(budgets('维修项目：预算12. 5万元，全年实际支付12.5万元')).toEqual(['12.5万元']);
    expect(budgets('项目预算共计850000元')).toEqual(['850000元']);
  });

  it('does not take an overrun, a saving, an executed figure or a target for the budget', () => {
    expect(budgets('超预算5万元，节约预算资金2万元')).toEqual([]);
    expect(budgets('预算执行数30万元')).toEqual([]);
    expect(budgets('目标：预算≤40万元')).toEqual([]);
    expect(budgets('共需资金800万元')).toEqual([]);
  });
});

describe('received amounts', () => {
  it('reads 到位 before or after the amount', () => {
    expect(received('上级到位资金48万元')).toEqual(['48万元']);
    expect(received('计划资金全部到位30万元')).toEqual(['30万元']);
    expect(received('本年度专项资金66万元已全部到位。')).toEqual(['66万元']);
  });

  it('leaves other amounts alone', () => {
    expect(received('下达专项资金66万元，用于道路硬化')).toEqual([]);
  });
});

describe('executed amounts', () => {
  it('reads what was spent, paid or disbursed', () => {
    expect(executed('当年实际支出425万元')).toEqual(['425万元']);
    expect(executed('执行数为98.6万元')).toEqual(['98.6万元']);
    expect(executed('2023年全 年实际支付8. 4万元')).toEqual(['8.4万元']);
    expect(executed('目前项目资金已拨付90万元')).toEqual(['90万元']);
    expect(executed('财政拨款支出合计512.3万元')).toEqual(['512.3万元']);
  });

  it('does not take a spending category or a bound for what was spent', () => {
    expect(executed('基本支出120万元，项目支出80万元')).toEqual([]);
    expect(executed('支出不超过20万元')).toEqual([]);
    expect(executed('预算资金40万元')).toEqual([]);
  });
});
