/** score-over-weight, weight-sum-mismatch and total-score-mismatch on forms built with the corpus forms' figures. */
import { describe, expect, it } from 'vitest';
import { validate } from '../../../src/validate/index.js';
import type { Report } from '../../../src/model.js';
import { expectValidReport } from '../../support/schema.js';
import { buildForm, formReport, fundsRow, group, indicator, type FormSpec } from '../support.js';

const of = (r: Report, code: string) => r.findings.filter((f) => f.code === code);
const errorsAndWarnings = (r: Report) => r.findings.filter((f) => f.severity !== 'info').map((f) => f.code).sort();

/** hb_xinzhou: five indicators of 20 (one scored 18), funds 分值 10 with a blank 得分, 总分 100 / 98. */
function xinzhou(): FormSpec {
  return {
    funds: [fundsRow('total', [30, 30, null], { weight: 10, rate: '100%', score: null }), fundsRow('fiscal', [30, 30, 30], { rate: '100%' })],
    groups: [group('产出指标', 60), group('效益指标', 20), group('满意度指标', 20)],
    indicators: [
      indicator('产出指标', '演出场次', '≥20场', '20场', 20, 20, { level2: '数量指标' }),
      indicator('产出指标', '设备验收合格率', '100%', '100%', 20, 20, { level2: '质量指标' }),
      indicator('产出指标', '演出设备成本', '2万元', '2万元', 20, 18, { level2: '成本指标' }),
      indicator('效益指标', '群众文化生活', '明显改善', '明显改善', 20, 20, { level2: '社会效益指标' }),
      indicator('满意度指标', '群众满意度', '≥90%', '95%', 20, 20, { level2: '服务对象满意度指标' }),
    ],
    total: [100, 98],
  };
}

/** yn_yongde: funds 10/10, nine indicators of 10 (a blank 生态效益 row), 总分 100 / 96; points deducted on met targets. */
function yongde(): FormSpec {
  return {
    unit: '元',
    funds: [fundsRow('total', [null, 387664.62, 387664.62], { weight: 10, rate: '100%', score: 10 }), fundsRow('fiscal', [null, 387664.62, 387664.62])],
    groups: [group('产出指标', 40), group('效益指标', 30), group('满意度指标', 20)],
    indicators: [
      indicator('产出指标', '营养改善覆盖人数', '≥1200人', '1236人', 10, 10),
      indicator('产出指标', '食品安全达标率', '100%', '100%', 10, 10),
      indicator('产出指标', '资金到位及时率', '≧100%', '100%', 10, 7),
      indicator('产出指标', '资金使用合规率', '100%', '100%', 10, 10),
      indicator('效益指标', '学生营养状况', '逐步改善', '逐步改善', 10, 10),
      indicator('效益指标', '政策知晓率', '100%', '98%', 10, 9),
      indicator('效益指标', '家长负担', '减轻', '减轻', 10, 10),
      indicator('效益指标', '生态效益', null, null, null, null, { raw: { weight: '', score: '' } }),
      indicator('满意度指标', '学生满意度', '≥90%', '95%', 10, 10),
      indicator('满意度指标', '家长满意度', '≥90%', '96%', 10, 10),
    ],
    total: [100, 96],
  };
}

describe('form scores and weights', () => {
  it('hb_xinzhou: weights 110 against 总分 100, and a total that drops the funds score', () => {
    const report = validate(formReport([buildForm(xinzhou())]));
    expectValidReport(report);
    const [weights, ...moreWeights] = of(report, 'weight-sum-mismatch');
    expect(moreWeights).toEqual([]);
    expect(weights).toMatchObject({ expected: 100, actual: 110 });
    expect(weights!.evidence[0]).toMatchObject({ kind: 'formCell', part: 'total', field: 'weight' });
    const [total, ...moreTotals] = of(report, 'total-score-mismatch');
    expect(moreTotals).toEqual([]);
    expect(total).toMatchObject({ expected: 108, actual: 98 });
    expect(total!.details).toMatchObject({ fundsScoreDerived: true, indicatorScores: '98' });
    expect(total!.message).toContain('漏计');
    expect(of(report, 'score-over-weight')).toEqual([]);
    // the blank funds score and the total row's missing 全年执行数 (its sub-row has 30)
    const [missing] = of(report, 'missing-value');
    expect(missing!.evidence.map((e) => (e.kind === 'formCell' ? `${e.part}.${e.index}.${e.field}` : e.kind))).toEqual(['funds.0.executed', 'funds.0.score']);
    // 演出设备成本 2万元 vs 2万元 with 18 of 20 is a judgement call; the group 产出 60 = 20 × 3 holds
    expect(missing!.severity).toBe('info');
    expect(errorsAndWarnings(report)).toEqual(['total-score-mismatch', 'weight-sum-mismatch']);
  });

  it('yn_yongde: everything adds up, and points deducted on met targets raise nothing', () => {
    const report = validate(formReport([buildForm(yongde())]));
    expect(errorsAndWarnings(report)).toEqual([]);
    expect(report.summary.status).toBe('ok');
    const ran = report.summary.checks.filter((c) => c.ran).map((c) => c.code);
    expect(ran).toEqual(expect.arrayContaining(['execution-rate-mismatch', 'execution-score-mismatch', 'score-over-weight', 'weight-sum-mismatch', 'total-score-mismatch']));
  });

  it('sh_putuo: 90 + 8.62 = 98.62; weights 10 + 20 + 20 + 30 + 10 + 10 = 100', () => {
    const putuo = (total: number): FormSpec => ({
      unit: '元',
      funds: [fundsRow('total', [250000, 250000, 215457.6], { weight: 10, rate: '86.18%', score: 8.62 })],
      indicators: [
        indicator('产出指标', 'a', null, null, 10, 10),
        indicator('产出指标', 'b', null, null, 20, 20),
        indicator('产出指标', 'c', null, null, 20, 20),
        indicator('效益指标', 'd', null, null, 30, 30),
        indicator('满意度指标', 'e', null, null, 10, 10),
      ],
      total: [100, total],
    });
    expect(errorsAndWarnings(validate(formReport([buildForm(putuo(98.62))])))).toEqual([]);
    expect(of(validate(formReport([buildForm(putuo(98.6))])), 'total-score-mismatch')).toEqual([]); // 98.62 is 98.6 at one decimal
    expect(of(validate(formReport([buildForm(putuo(97.62))])), 'total-score-mismatch')).toMatchObject([{ expected: 98.62, actual: 97.62 }]);
  });

  it('a group whose weights do not add up to its stated weight (产出指标（50分）), only once the group is complete', () => {
    const indicators = [
      indicator('产出指标（50分）', 'a', null, null, 10, 10),
      indicator('产出指标（50分）', 'b', null, null, 10, 10),
      indicator('产出指标（50分）', 'c', null, null, 10, 10),
      indicator('效益指标', 'd', null, null, 30, 30),
    ];
    const [f] = of(validate(formReport([buildForm({ groups: [group('产出指标', 50), group('效益指标', 30)], indicators })])), 'weight-sum-mismatch');
    expect(f).toMatchObject({ expected: 50, actual: 30 });
    expect(f!.evidence[0]).toMatchObject({ kind: 'formCell', part: 'group', index: 0 });
    // the form is cut inside its last group (linxiang's 满意度 row): that group is not judged
    const cut = buildForm({ groups: [group('产出指标', 30), group('满意度指标', 10)], indicators: [...indicators.slice(0, 3), indicator('满意度指标', 'e', null, null, 5, 5)] });
    expect(of(validate(formReport([cut])), 'weight-sum-mismatch')).toEqual([]);
  });

  it('tangxi: 产出 weights 8+8+8+8+8+10 = 50 = (50分); a form without 总分 is not summed against 100 (langfang, linxiang)', () => {
    const indicators = [8, 8, 8, 8, 8, 10].map((w, i) => indicator('产出指标', `产出${i}`, null, null, w, w));
    const form = buildForm({ groups: [group('产出指标', 50), group('效益指标', 30)], indicators: [...indicators, indicator('效益指标', 'x', null, null, 30, 30)], funds: [fundsRow('total', [1, 1, 1], { weight: 10 })] });
    expect(of(validate(formReport([form])), 'weight-sum-mismatch')).toEqual([]);
  });

  it('an unread weight (OCR) stops the sums instead of giving a wrong one', () => {
    const spec = xinzhou();
    spec.indicators![0] = indicator('产出指标', '演出场次', '≥20场', '20场', null, 20, { raw: { weight: '2O' } });
    const report = validate(formReport([buildForm(spec)]));
    expect(of(report, 'weight-sum-mismatch')).toEqual([]);
    expect(of(report, 'unparsed-value')).toHaveLength(1);
    expect(of(report, 'unparsed-value')[0]!.evidence[0]).toMatchObject({ part: 'indicator', index: 0, field: 'weight', text: '2O' });
  });

  it('an OCR row no reading split (kept whole as its weight) is named as a row, not as a weight, and stops the sums', () => {
    const spec = xinzhou();
    const fused = '指标3繁育基地8000亩8535.5亩';
    spec.indicators![0] = indicator('产出指标', fused, null, null, null, null, { raw: { weight: fused } });
    spec.indicators![1] = indicator('产出指标', '演出场次', '≥20场', '20场', null, 20, { raw: { weight: '2O' } });
    const report = validate(formReport([buildForm(spec)]));
    expect(of(report, 'weight-sum-mismatch')).toEqual([]);
    const found = of(report, 'unparsed-value');
    expect(found.map((f) => f.expected)).toEqual(['columns', 'number']);
    expect(found[0]!.message).toContain('1行指标未能拆分成各列');
    expect(found[0]!.message).not.toContain('分值“');
    expect(found[0]!.evidence).toMatchObject([{ part: 'indicator', index: 0, field: 'weight', text: fused }]);
    // the other finding lists only the cell that is a weight gone wrong, not the whole row again
    expect(found[1]!.evidence).toMatchObject([{ part: 'indicator', index: 1, field: 'weight', text: '2O' }]);
  });

  it('a blank indicator score (scqs_qingshen) is missing, not 0: no total is summed', () => {
    const spec = yongde();
    spec.indicators![0] = indicator('产出指标', '营养改善覆盖人数', '≥1200人', '1236人', 10, null, { raw: { score: '' } });
    const report = validate(formReport([buildForm(spec)]));
    expect(of(report, 'total-score-mismatch')).toEqual([]);
    expect(of(report, 'missing-value')).toHaveLength(1);
  });

  it('score-over-weight: an indicator scored above its weight (yn_shidian’s 31.9 on a weight of 20)', () => {
    const form = buildForm({ indicators: [indicator('产出指标', '新型经营主体实现产值', '8000万元', '12767.36万元', 20, 31.9), indicator('产出指标', '扶持主体', '15个', '6个', 20, 8)] });
    const [f, ...rest] = of(validate(formReport([form])), 'score-over-weight');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'error', expected: 20, actual: 31.9 });
    expect(f!.evidence[0]).toMatchObject({ kind: 'formCell', part: 'indicator', index: 0, field: 'score', text: '31.9' });
    // implied weights (not printed) give nothing to compare
    const implied = buildForm({ indicators: [indicator('产出指标', 'x', null, null, null, 31.9)] });
    expect(of(validate(formReport([implied])), 'score-over-weight')).toEqual([]);
  });
});

describe('missing-value on forms', () => {
  it('a weight left blank beside printed weights is missing; a form that prints no weights at all (yn_shidian) is not', () => {
    const some = buildForm({ indicators: [indicator('产出指标', 'a', null, null, 20, 8), indicator('产出指标', 'b', null, null, null, 7.3, { raw: { weight: '' } })] });
    const [f] = of(validate(formReport([some])), 'missing-value');
    expect(f!.evidence).toMatchObject([{ kind: 'formCell', part: 'indicator', index: 1, field: 'weight' }]);
    const none = buildForm({ indicators: [indicator('产出指标', 'a', null, null, null, 8), indicator('产出指标', 'b', null, null, null, 7.3)] });
    expect(of(validate(formReport([none])), 'missing-value')).toEqual([]);
  });
});
