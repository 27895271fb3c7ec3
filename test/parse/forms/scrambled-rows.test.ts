/**
 * A PDF text layer that emits a funds row's figures before its label (texts
 * written for these tests): the run is placed on the labels that have no
 * figure after them only when one split fits and the total row's score is its
 * weight × execution ÷ budget; a stranded 执行率 is the total's only when
 * weight × it gives the score too. Otherwise nothing is read.
 */
import { describe, expect, it } from 'vitest';
import type { FundsRow } from '../../../src/model.js';
import { readForms } from '../../../src/parse/forms/index.js';
import { textDoc } from '../support.js';

const figures = (r: FundsRow | undefined) => (r ? [r.initial, r.adjusted, r.executed, r.weight, r.rate, r.score] : null);

function scrambled(run: string, opts: { rate?: string; labels?: string } = {}): FundsRow[] {
  const text = [
    '项目支出绩效自评表',
    '年初预算数 全年预算数 全年执行数 分值 执行率 得分',
    run,
    '上年结转资金 0 0 —',
    opts.labels ?? '年度资金总额 项目资金(万元) 其中:当年财政拨款',
    `预期目标 年度总体目标 ${opts.rate ?? '90.00%'} 实际完成情况 完成乡村道路养护`,
    '一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分',
    '产出指标 数量指标 养护里程 12公里 12公里 80 80',
  ].join('\n');
  const forms = readForms(textDoc(text).blocks);
  expect(forms).toHaveLength(1);
  return forms[0]!.funds;
}
const total = (rows: FundsRow[]) => rows.find((r) => r.role === 'total');
const fiscal = (rows: FundsRow[]) => rows.find((r) => r.role === 'fiscal');

describe('funds figures emitted before their labels', () => {
  it('reads the total row by its own score (20 × 72 ÷ 80 = 18) and its 其中 row by the amounts left', () => {
    const rows = scrambled('80 80 72 20 18 80 80 72 —');
    expect(figures(total(rows))).toEqual([80, 80, 72, 20, 90, 18]);
    expect(figures(fiscal(rows))).toEqual([80, 80, 72, null, null, null]);
    // a row whose figures follow its label is still not trusted in a scrambled block
    expect(figures(rows.find((r) => r.role === 'carryover'))).toEqual([null, null, null, null, null, null]);
  });

  it('keeps a stranded rate that the figures do not give, when the score confirms it: validation judges it', () => {
    // 72 ÷ 80 = 90%, stated 90.02%: 20 × 90.02% = 18.004 → 18 still
    const rows = scrambled('80 80 72 20 18 80 80 72 —', { rate: '90.02%' });
    expect(total(rows)?.rate).toBe(90.02);
  });

  it('leaves a stranded rate unread when weight × it is not the score', () => {
    const rows = scrambled('80 80 72 20 18 80 80 72 —', { rate: '85%' });
    expect(figures(total(rows))).toEqual([80, 80, 72, 20, null, 18]);
  });

  it('reads nothing when the score does not follow from the figures', () => {
    const rows = scrambled('80 80 72 20 17 80 80 72 —');
    expect(rows.every((r) => figures(r)!.every((v) => v === null))).toBe(true);
  });

  it('reads nothing when the run splits more than one way over the labels', () => {
    // the 其中 rows' amounts could be cut 1+3, 2+2 or 3+1
    const rows = scrambled('80 80 72 20 18 40 40 40 32', { labels: '年度资金总额 其中:当年财政拨款 其他资金' });
    expect(rows.every((r) => figures(r)!.every((v) => v === null))).toBe(true);
  });

  it('gives up quickly on a long run over many labels', () => {
    const started = Date.now();
    const rows = scrambled(Array.from({ length: 120 }, (_, k) => String(10 + (k % 7))).join(' '), { labels: `年度资金总额 ${'其他资金 '.repeat(12)}` });
    expect(rows.every((r) => figures(r)!.every((v) => v === null))).toBe(true);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('places a 其中 row with a score of its own only when that score follows from its figures', () => {
    // 其中 row 40 40 36 10 9: 10 × 36 ÷ 40 = 9 ✓
    const rows = scrambled('80 80 72 20 18 40 40 36 10 9', { labels: '年度资金总额 其中:当年财政拨款' });
    expect(figures(fiscal(rows))).toEqual([40, 40, 36, 10, null, 9]);
    const wrong = scrambled('80 80 72 20 18 40 40 36 10 7', { labels: '年度资金总额 其中:当年财政拨款' });
    expect(wrong.every((r) => figures(r)!.every((v) => v === null))).toBe(true);
  });

  it('reads nothing from figures emitted column by column', () => {
    const rows = scrambled('80 80 80 80 72 72 20 18 — —');
    expect(rows.every((r) => figures(r)!.every((v) => v === null))).toBe(true);
  });
});
