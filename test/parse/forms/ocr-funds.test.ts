/** Funds rows in OCR text: cells cut at line breaks, a label read into the header row, figures glued to their label. */
import { describe, expect, it } from 'vitest';
import { readForms } from '../../../src/parse/forms/index.js';
import { agreedGluedFunds } from '../../../src/parse/forms/glued-funds-agreed.js';
import { splitGluedLabels } from '../../../src/parse/forms/glued-labels.js';
import type { FundsRow } from '../../../src/model.js';
import { textDoc } from '../support.js';

const figures = (r: FundsRow) => [r.initial, r.adjusted, r.executed, r.weight, r.rate, r.score];

describe('funds rows in fused OCR text', () => {
  it('reads a row whose cells OCR cut at line breaks, and the total whose label it read into the header row', () => {
    const text = [
      '项目名称某某项目资金情况(万元)年度资金总额全年预算数(A)120全年执行数(B)执行率(B/A)其中省级补助120万元',
      '96万元',
      '80%市县资金年度总体目标完成某某任务',
    ].join('\n');
    const [form] = readForms(textDoc(text).blocks);
    const rows = form!.funds.map((r) => [r.role, r.label, ...figures(r)]);
    expect(rows).toEqual([
      // only the figure written in the header row is the total's; nothing is carried over from the 其中 row
      ['total', '年度资金总额', null, 120, null, null, null, null],
      ['fiscal', '省级补助', null, 120, 96, null, 80, null],
      ['fiscal', '市县资金', null, null, null, null, null, null],
    ]);
    expect(form!.goals).toEqual({ planned: '完成某某任务', achieved: null });
  });

  it('cuts funding-source labels out of fused text, never a clean label in two', () => {
    expect(splitGluedLabels('(B/A)其中中央补助省级补助80万元')).toEqual(['(B/A)其中', '中央补助', '省级补助', '80万元']);
    expect(splitGluedLabels('省级补助资金')).toEqual(['省级补助资金']);
    expect(splitGluedLabels('其中：中央补助')).toEqual(['其中：中央补助']);
    expect(splitGluedLabels('其中:自治区补助资金')).toEqual(['其中:自治区补助资金']);
  });

  it('splits figures glued to their label, with the block weight written before the first header', () => {
    const text = [
      '项目名称某某项目预算执行情况(万元)',
      '(10分)预算数(A) 执行数(B) 执行率 得分 年度财政',
      '资金总额500450909目标',
    ].join('\n');
    // 500 | 450 | 90% | 9: 450 ÷ 500 = 90%, 10 × 90% = 9
    const glued = readForms(textDoc(text.replace('500450909', '50045090%9')).blocks)[0]!.funds[0]!;
    expect([glued.label, ...figures(glued)]).toEqual(['资金总额', null, 500, 450, 10, 90, 9]);
    // without the % nothing tells the rate from the amounts: only the stated block weight is read
    const unread = readForms(textDoc(text).blocks)[0]!.funds[0]!;
    expect(figures(unread)).toEqual([null, null, null, 10, null, null]);
  });

  it('reads of a fused cell with a blank lost only what every reading agrees on', () => {
    const columns = ['initial', 'adjusted', 'executed', 'weight', 'rate', 'score'] as const;
    expect(agreedGluedFunds('505010100%', columns)).toEqual({ weight: '10', rate: '100%' });
    // a score after the rate: 8 of 10 at 80%, whichever amount is blank (40 may be executed or a budget)
    expect(agreedGluedFunds('50401080%8', columns)).toEqual({ weight: '10', rate: '80%', score: '8' });
    expect(agreedGluedFunds('5%', columns)).toBeNull();
  });
});
