import { describe, expect, it } from 'vitest';
import { validate } from '../../../src/validate/index.js';
import { buildForm, formReport, fundsRow } from '../support.js';

const find = (r: ReturnType<typeof validate>) => r.findings.filter((f) => f.code === 'breakdown-mismatch');

describe('breakdown-mismatch on a form’s funds block', () => {
  it('tangxi: a 0/0/0 total row over a real 本年财政拨款 row, in each column', () => {
    const form = buildForm({
      funds: [
        fundsRow('total', [0, 0, 0], { weight: 10, rate: '0', score: 0 }),
        fundsRow('fiscal', [202.64, 132.912, 132.912], { label: '其中:本年财政拨款' }),
        fundsRow('carryover', [null, null, null]),
        fundsRow('other-income', [null, null, null]),
      ],
    });
    const [f, ...rest] = find(validate(formReport([form])));
    expect(rest).toEqual([]); // one mistake, one finding, naming the three columns
    expect(f).toMatchObject({ severity: 'error', expected: 0, actual: 202.64 });
    expect((f!.details!.columns as { column: string; computed: string }[]).map((c) => [c.column, c.computed])).toEqual([
      ['initial', '202.64'],
      ['adjusted', '132.912'],
      ['executed', '132.912'],
    ]);
    expect(f!.evidence[0]).toMatchObject({ kind: 'formCell', part: 'funds', index: 0, field: 'initial', text: '0' });
    expect(f!.evidence).toHaveLength(6);
  });

  it('blank sub-rows prove nothing: a total above its one filled part is not judged; a complete split is', () => {
    const partial = buildForm({ funds: [fundsRow('total', [30, 30, 30]), fundsRow('fiscal', [20, 20, 20]), fundsRow('carryover', [null, null, null])] });
    expect(find(validate(formReport([partial])))).toEqual([]);
    const complete = buildForm({ funds: [fundsRow('total', [30, 30, 30]), fundsRow('fiscal', [20, 20, 20]), fundsRow('carryover', [5, 5, 5])] });
    expect(find(validate(formReport([complete])))).toHaveLength(1);
  });

  it('a 其中 row that repeats the total, and zero rows beside it, add up (linxiang, scqs_qingshen)', () => {
    const form = buildForm({
      funds: [
        fundsRow('total', [238.93, 251.89, 251.89], { weight: 10, rate: '100.00%' }),
        fundsRow('fiscal', [238.93, 251.89, 251.89], { label: '其中:财政资金', rate: '100.00%' }),
        fundsRow('other-income', [0, 0, 0], { label: '单位资金', rate: '0.00%' }),
      ],
    });
    expect(find(validate(formReport([form])))).toEqual([]);
  });

  it('department forms: the income split and the expense split each add up (gz_suiyang holds; a wrong 基本支出 does not)', () => {
    const rows = (basic: number) => [
      fundsRow('total', [1172.55, null, 1268.72], { weight: 10, score: 10 }),
      fundsRow('fiscal', [1172.55, null, 1268.72], { label: '财政拨款' }),
      fundsRow('basic', [985.19, null, basic], { weight: 10, score: 10 }),
      fundsRow('project', [187.36, null, 353.75], { weight: 10, score: 10 }),
    ];
    expect(find(validate(formReport([buildForm({ kind: 'department', funds: rows(914.97) })])))).toEqual([]);
    const [f, ...rest] = find(validate(formReport([buildForm({ kind: 'department', funds: rows(900) })])));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ expected: 1268.72, actual: 1253.75 });
    expect(f!.details).toMatchObject({ split: 'by kind of spending', columns: [{ column: 'executed', computed: '1253.75' }] });
  });

  it('agrees at the total’s written precision (30.00 is two decimals)', () => {
    const form = buildForm({ funds: [fundsRow('total', [30, 30, 30], { raw: { initial: '30.00' } }), fundsRow('fiscal', [29.99, 30, 30])] });
    expect(find(validate(formReport([form])))).toHaveLength(1);
    const plain = buildForm({ funds: [fundsRow('total', [30, 30, 30]), fundsRow('fiscal', [29.99, 30, 30])] });
    expect(find(validate(formReport([plain])))).toEqual([]);
  });

  it('counts as a check only when a form has a total and a filled part', () => {
    const none = formReport([buildForm({ funds: [fundsRow('total', [30, 30, 30])] })]);
    expect(validate(none).summary.checks.find((c) => c.code === 'breakdown-mismatch')).toMatchObject({ ran: false });
    const some = formReport([buildForm({ funds: [fundsRow('total', [30, 30, 30]), fundsRow('fiscal', [30, 30, 30])] })]);
    expect(validate(some).summary.checks.find((c) => c.code === 'breakdown-mismatch')).toMatchObject({ ran: true });
  });
});
