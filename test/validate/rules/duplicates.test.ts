import { describe, expect, it } from 'vitest';
import { validate } from '../../../src/validate/index.js';
import { expectValidReport } from '../../support/schema.js';
import { buildReport, row } from '../support.js';

const run = (...rows: ReturnType<typeof row>[]) => {
  const report = validate(buildReport({ rows }));
  expectValidReport(report);
  return report.findings.filter((f) => f.code === 'duplicate-project' || f.code === 'possible-duplicate').map((f) => [f.code, f.severity, f.expected, f.actual]);
};

describe('duplicate-project and possible-duplicate', () => {
  it('an identical name (up to whitespace) and amount in the same department is a duplicate', () => {
    expect(run(row('村级办公经费', 18), row('村级 办公经费 ', 18), row('防火经费', 5))).toEqual([['duplicate-project', 'error', 1, 2]]);
  });

  it('the same name with a different amount, or in another department, is not', () => {
    expect(run(row('村级办公经费', 18), row('村级办公经费', 19))).toEqual([]);
    expect(run(row('村级办公经费', 18, { department: '甲村' }), row('村级办公经费', 18, { department: '乙村' }))).toEqual([]);
  });

  it('a year prefix or bracket tag with the same amount is a possible duplicate', () => {
    expect(run(row('村党组织活动经费', 12.21), row('2022年村党组织活动经费', 12.21))).toEqual([
      ['possible-duplicate', 'warning', '村党组织活动经费', '2022年村党组织活动经费'],
    ]);
    expect(run(row('私挖盗采点勘测费用', 20), row('（预）私挖盗采点勘测费用', 20))).toHaveLength(1);
  });

  it('the same amount with different names, or a numbered series, is not', () => {
    expect(run(row('维稳经费', 10), row('神星镇自身建设资金', 10), row('翟家佐河道拆违剩余费用及河道清理费用', 10))).toEqual([]);
    expect(run(row('第一批农村道路硬化工程', 50), row('第二批农村道路硬化工程', 50))).toEqual([]);
    expect(run(row('服务群众专项经费', 30.564), row('2022年服务群众专项经费', 44))).toEqual([]);
  });
});

describe('possible-duplicate and series of projects', () => {
  it('different phases or batches are different projects, even with the same key and amount', () => {
    expect(run(row('残疾人两项补贴（一期）', 10), row('残疾人两项补贴（二期）', 10))).toEqual([]);
    expect(run(row('安全饮水巩固提升', 12.21), row('2019年安全饮水巩固提升（二期）', 12.21))).toEqual([]);
    expect(run(row('道路硬化第一批', 8), row('2021年道路硬化第一批', 8))).toHaveLength(1);
  });

  it('a name with a longer description is not near-identical by containment alone', () => {
    expect(run(row('基层武装经费（二期）', 10), row('基层武装经费补助资金', 10))).toEqual([]);
    expect(run(row('便民服务中心建设', 10), row('西河村便民服务中心建设专项经费', 10))).toEqual([]);
  });
});

describe('possible-duplicate and places', () => {
  it('the same work in a named village is another project', () => {
    expect(run(row('私挖盗采点勘测费用及清理石料机械费用', 10), row('下营村私挖盗采点勘测费用及清理石料机械费用', 10))).toEqual([]);
  });
  it('a generic suffix (项目/专项经费) does not make it another project', () => {
    expect(run(row('饮用水源地保护专项经费', 10), row('饮用水源地保护', 10)).map((f) => f[0])).toEqual(['possible-duplicate']);
  });
});
