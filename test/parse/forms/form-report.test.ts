/**
 * A form through the whole parse: the report's forms[], its kind and entity
 * taken from the form, the single project row, and documents without a form
 * unchanged (forms: []).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rateOf, numberOf } from '../../../src/parse/forms/form-numbers.js';
import { readForms } from '../../../src/parse/forms/index.js';
import { seedDir } from '../../support/corpus.js';
import { parseText, textDoc } from '../support.js';

const FORM = [
  '2021年度项目支出绩效自评表',
  '单位名称：农业工作科填报日期：2022年3月1日',
  '| 项目名称 | 高标准农田建设补助 |',
  '| 主管部门 | 某县农业农村局 | 实施单位 | 某县农业技术推广中心 |',
  '| 项目资金（萬元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |',
  '| 年度资金总额 | 120.5 | 118 | 118 | 10 | 1 | 10 |',
  '| 其中：当年财政拨款 | 120.5 | 118 | 118 | | | |',
  '| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |',
  '| 产出指标 | 数量指标 | 建设面积 | 1000亩 | 1000亩 | 40 | 40 |',
  '| 效益指标 | 社会效益指标 | 受益农户 | ≥300户 | 320户 | 40 | 40 |',
  '| 满意度指标 | 服务对象满意度指标 | 农户满意度 | ≥90% | 96% | 10 | |',
  '| 总分 | 100 | |',
].join('\n');

describe('a form through parse', () => {
  const report = parseText(FORM);

  it('is a project form whose entity is its 实施单位', () => {
    expect(report.meta.kind).toBe('project-form');
    expect(report.meta.entity).toBe('某县农业技术推广中心');
    expect(report.meta.year).toBe(2021);
  });

  it('carries the form, with the Traditional 萬元 read as the funds unit and a fraction rate as a percent', () => {
    expect(report.forms).toHaveLength(1);
    const [form] = report.forms;
    expect(form!.unit).toBe('万元');
    expect(form!.funds[0]).toMatchObject({ role: 'total', initial: 120.5, adjusted: 118, executed: 118, weight: 10, rate: 100, score: 10 });
    expect(form!.indicators.map((i) => i.score)).toEqual([40, 40, null]);
    expect(form!.total).toMatchObject({ weight: 100, score: null });
  });

  it('makes the form’s project the report’s one project row, with its 全年预算数 in the form’s unit', () => {
    expect(report.projects).toHaveLength(1);
    expect(report.projects[0]).toMatchObject({ tableId: null, name: '高标准农田建设补助', amount: 118, amountUnit: '万元', amountYuan: 1180000 });
    expect(report.summary.projectCount).toBe(1);
  });

  it('never takes a glued neighbouring label as a value: 农业工作科填报日期 is two cells', () => {
    const form = readForms(textDoc('单位名称：农业工作科填报日期：2022年3月1日\n' + FORM.split('\n').slice(4).join('\n')).blocks)[0]!;
    // no 实施单位 here: the unit's name, split from the date label, is what there is
    expect(form.implementer).toBeNull();
    const report2 = parseText('部门整体支出绩效自评表\n单位名称：农业工作科填报日期：2022年3月1日\n' + FORM.split('\n').slice(4).join('\n'));
    expect(report2.meta.kind).toBe('department-form');
    expect(report2.meta.entity).toBe('农业工作科');
  });
});

describe('documents without a form', () => {
  it('the seed report has no form and keeps its projects', () => {
    const file = readdirSync(seedDir).find((f) => f.endsWith('.txt'))!;
    const report = parseText(readFileSync(path.join(seedDir, file), 'utf8'), file);
    expect(report.forms).toEqual([]);
    expect(report.meta.kind).toBe('township-summary');
    expect(report.projects.length).toBeGreaterThan(1);
  });
});

describe('form figures', () => {
  it('reads a rate written as a percent, a fraction or a bare percent; blank and dashes are no value', () => {
    expect(['100%', '99.97%', '1', '0.1', '86', '', '—', '/', '-'].map(rateOf)).toEqual([100, 99.97, 100, 10, 86, null, null, null, null]);
  });

  it('reads amounts, weights and scores exactly; a blank score is null, never 0', () => {
    expect(['43.2', '１０', '1,546.02', '90分', '12万元', '', '—', '达标'].map(numberOf)).toEqual([43.2, 10, 1546.02, 90, 12, null, null, null]);
  });
});
