/**
 * The remaining corpus forms' `consistent` checks as constructed forms (their figures from the truth
 * files): none raises an error or warning, and the arithmetic they hold is actually compared.
 */
import { describe, expect, it } from 'vitest';
import { validate } from '../../../src/validate/index.js';
import type { Report } from '../../../src/model.js';
import { expectValidReport } from '../../support/schema.js';
import { buildForm, formReport, fundsRow, group, indicator } from '../support.js';

const problems = (r: Report) => r.findings.filter((f) => f.severity !== 'info').map((f) => `${f.code}: ${f.message}`);
const ran = (r: Report) => r.summary.checks.filter((c) => c.ran).map((c) => c.code);

describe('corpus forms that hold', () => {
  it('ah_shouxian: a score sheet with group weights in labels, no funds block', () => {
    const rows = [
      indicator('规划', '基础信息', null, null, 3, 3, { level2: '基础信息' }),
      indicator('规划', '工作计划一', null, null, 3, 3, { level2: '工作计划' }),
      indicator('规划', '工作计划二', null, null, 3, 3, { level2: '工作计划' }),
      indicator('规划', '绩效目标一', null, null, 4, 4, { level2: '绩效目标' }),
      indicator('规划', '绩效目标二', null, null, 2, 2, { level2: '绩效目标' }),
      indicator('管理', '预算管理', null, null, 5, 5, { level2: '预算管理' }),
    ];
    const groups = [group('规划 (15分)', 15), group('基础信息', 3, 2), group('工作计划', 6, 2), group('绩效目标', 6, 2)];
    const report = validate(formReport([buildForm({ kind: 'department', projectName: null, funds: [], indicators: rows, groups })]));
    expectValidReport(report);
    expect(problems(report)).toEqual([]);
    expect(ran(report)).toEqual(expect.arrayContaining(['weight-sum-mismatch', 'score-over-weight']));
  });

  it('ah_xiaoxian: 其中 sub-rows with target and actual but no weight take no part in the sums', () => {
    const form = buildForm({
      funds: [
        fundsRow('total', [null, 9.48, 9.48], { weight: 10, rate: '100%', score: 10 }),
        fundsRow('fiscal', [null, 9.48, 9.48], { weight: 10, rate: '100%', score: 10, label: '其中:本年财政拨款' }),
        fundsRow('other-income', [null, null, null], { raw: { adjusted: '-', executed: '-' } }),
      ],
      groups: [group('产出指标', 50), group('效益指标', 30)],
      indicators: [
        indicator('产出指标', '★种植面积', '29.5亩', '29.5亩', 20, 20),
        indicator('产出指标', '其中：辣椒', '1.5亩', '1.5亩', null, null),
        indicator('产出指标', '养殖数量', '192', '192', 10, 10),
        indicator('产出指标', '鱼塘', '3亩', '3亩', 10, 10),
        indicator('产出指标', '质量达标率', '100%', '100%', 5, 5),
        indicator('产出指标', '项目成本', '≤11.376万元', '11.376万元', 5, 5),
        indicator('效益指标', '带动增收', '≥11.376万元', '12万元', 20, 20),
        indicator('效益指标', '可持续', '长期', '长期', 10, 10),
      ],
    });
    const report = validate(formReport([form]));
    expect(problems(report)).toEqual([]);
    expect(ran(report)).toEqual(expect.arrayContaining(['execution-rate-mismatch', 'execution-score-mismatch', 'breakdown-mismatch', 'weight-sum-mismatch']));
  });

  it('cq_zhongxian_tujing: no weight or score columns — only the rate and the split are compared', () => {
    const form = buildForm({
      funds: [
        fundsRow('total', [null, 372.29, 372.29], { rate: '100%' }),
        fundsRow('fiscal', [null, 372.29, 372.29], { rate: '100%', label: '其中:中央、市级补助' }),
        fundsRow('other-income', [null, null, null], { label: '县级资金' }),
      ],
      indicators: [indicator('产出指标', '道路交通设施', '713万元', '713万元', null, null)],
    });
    const report = validate(formReport([form]));
    expect(problems(report)).toEqual([]);
    expect(ran(report)).toEqual(expect.arrayContaining(['execution-rate-mismatch', 'breakdown-mismatch']));
    expect(ran(report)).not.toContain('execution-score-mismatch');
  });

  it('yn_lijiang: weights 10 + 10 + 20 + 20 + 30 + 10 = 100; met targets with points deducted raise nothing', () => {
    const form = buildForm({
      funds: [fundsRow('total', [7.29, 7.29, 7.29], { weight: 10, rate: '100%', score: 10, raw: { weight: '10.00', score: '10.00' } }), fundsRow('fiscal', [7.29, 7.29, 7.29], { rate: '100%' })],
      indicators: [
        indicator('產出指標', '衛片執法補助經費', '﹦72890元', '72890元', 10, 9, { raw: { weight: '10.00', score: '9.00' } }),
        indicator('產出指標', '項目驗收合格率', '﹦100%', '100', 20, 19),
        indicator('產出指標', '項目完成及時率', '﹦100%', '100', 20, 19, { raw: { weight: '20.00', score: '19.00' } }),
        indicator('效益指標', '違法行為責停率', '≥95%', '95', 30, 27, { raw: { weight: '30.00', score: '27.00' } }),
        indicator('滿意度指標', '群眾滿意度', '≥90%', '95%', 10, 10),
      ],
      total: [100, 94],
    });
    const report = validate(formReport([form]));
    expect(problems(report)).toEqual([]);
    expect(ran(report)).toEqual(expect.arrayContaining(['weight-sum-mismatch', 'total-score-mismatch']));
  });

  it('hb_xiangyang: funds 20 × 100% = 20, block weights 20 + 80 = 100, every target met', () => {
    const form = buildForm({
      funds: [fundsRow('total', [null, 1000, 1000], { weight: 20, rate: '100%', score: 20, label: '年度财政资金总额' })],
      groups: [group('年度绩效目标', 80)],
      indicators: Array.from({ length: 8 }, (_, i) => indicator('年度绩效目标', `指标${i + 1}`, i === 0 ? '≥5亿元' : '≥90%', i === 0 ? '6.47亿元' : '95%', 10, 10)),
      total: [100, 100],
    });
    const report = validate(formReport([form]));
    expect(problems(report)).toEqual([]);
    expect(report.summary.status).toBe('ok');
  });

  it('hi_wenchang: 计划 110 over its only filled source 市县财政预算 110, the others blank', () => {
    const form = buildForm({
      funds: [
        fundsRow('total', [110, null, 84.74]),
        fundsRow('fiscal', [null, null, null], { label: '中央财政' }),
        fundsRow('fiscal', [null, null, null], { label: '省财政预算' }),
        fundsRow('fiscal', [110, null, 84.74], { label: '市县财政预算' }),
        fundsRow('other-income', [null, null, null], { label: '地方债券资金' }),
      ],
    });
    expect(problems(validate(formReport([form])))).toEqual([]);
  });

  it('nx_yuanzhou: 259.45 / 300 = 86.48% → 86.5%; 效益 8 × 5 = 40 = (40分); 可持续影响 7 of 8', () => {
    const form = buildForm({
      funds: [fundsRow('total', [null, 300, 259.45], { rate: '86.5%' }), fundsRow('fiscal', [null, 300, 259.45], { rate: '86.5%', label: '自治区补助' })],
      groups: [group('效益指标', 40), group('满意度指标', 20)],
      indicators: [
        ...[8, 8, 8, 8].map((w, i) => indicator('效益指标', `效益${i}`, null, null, w, w)),
        indicator('效益指标', '可持续影响', '基本达到', '基本达到', 8, 7),
        indicator('满意度指标', '满意度', '≥90%', '95%', 20, 20),
      ],
    });
    expect(problems(validate(formReport([form])))).toEqual([]);
  });
});
