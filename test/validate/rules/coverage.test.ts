import { describe, expect, it } from 'vitest';
import { validate } from '../../../src/validate/index.js';
import { expectValidReport } from '../../support/schema.js';
import { seedReport } from '../seed-report.js';
import { buildReport, claim, row, section } from '../support.js';

const pick = (report: ReturnType<typeof validate>, code: string) => report.findings.filter((f) => f.code === code);

describe('no-project-table', () => {
  it('is an error when projects are declared and none is listed', () => {
    const [f] = pick(validate(buildReport({ claims: [claim.projectCount(10)] })), 'no-project-table');
    expect(f).toMatchObject({ severity: 'error', expected: 10, actual: 0 });
  });
  it('is an info for a summary report with no count, and silent for a form or other page', () => {
    expect(pick(validate(buildReport({ meta: { kind: 'township-summary' } })), 'no-project-table').map((f) => f.severity)).toEqual(['info']);
    expect(pick(validate(buildReport({ meta: { kind: 'other' }, claims: [claim.totalAmount(56)] })), 'no-project-table')).toEqual([]);
    expect(pick(validate(buildReport({ meta: { kind: 'project-form' } })), 'no-project-table')).toEqual([]);
  });
  it('is silent when rows exist', () => {
    expect(pick(validate(buildReport({ claims: [claim.projectCount(1)], proseRows: [row('甲', 1)] })), 'no-project-table')).toEqual([]);
  });
});

describe('missing-section', () => {
  it('is silent on the seed, which has all four parts', () => {
    expect(pick(validate(seedReport()), 'missing-section')).toEqual([]);
  });
  it('notes each absent part of an overall report, matching headings loosely', () => {
    const report = buildReport({
      meta: { title: '2022年度某镇人民政府整体绩效自评报告', kind: 'township-summary' },
      sections: [section('s1', '绩效自评工作开展情况', 3, '一、'), section('s2', '绩效目标 完成情况：', 9, '二、')],
    });
    const found = pick(validate(report), 'missing-section');
    expect(found.map((f) => [f.severity, f.expected])).toEqual([
      ['info', '绩效目标设定质量情况'],
      ['info', '整改措施及结果应用'],
    ]);
  });
  it('does not hold other reports to the template', () => {
    const transfer = buildReport({ meta: { title: '2023年度财政衔接资金项目绩效自评总结报告', kind: 'township-summary' }, sections: [section('s1', '绩效目标分解下达情况', 3, '一、')] });
    expect(pick(validate(transfer), 'missing-section')).toEqual([]);
    const form = buildReport({ meta: { title: '整体绩效', kind: 'project-form' }, sections: [section('s1', '项目概况', 3)] });
    expect(pick(validate(form), 'missing-section')).toEqual([]);
  });
});

describe('possible-content-loss', () => {
  it('turns the reader warnings into one warning with each as evidence', () => {
    const report = validate(buildReport({ warnings: ['Unrecognised paragraph style: Heading 9', 'Image could not be read'] }));
    expectValidReport(report);
    const [f, ...rest] = pick(report, 'possible-content-loss');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'warning', actual: 2 });
    expect(f!.evidence).toHaveLength(2);
  });
  it('is silent without warnings', () => {
    expect(pick(validate(buildReport()), 'possible-content-loss')).toEqual([]);
  });
});
