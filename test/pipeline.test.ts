import { describe, expect, it } from 'vitest';
import { checkBytes } from '../src/pipeline.js';
import { expectValidReport } from './support/schema.js';

const bytes = Buffer.from('2022年度神星镇人民政府整体绩效自评工作报告\n本部门管理的预算项目2个，涉及资金30万元。\n', 'utf8');

describe('checkBytes', () => {
  it('reads a plain text report through every stage', async () => {
    const report = await checkBytes('ok.txt', bytes);
    expectValidReport(report);
    expect(report.summary.status).not.toBe('failed');
    expect(report.claims.map((c) => c.type)).toContain('totalAmount');
  });

  it.each(['parse', 'validate'] as const)('a bug in %s becomes a failed report in plain words, not an exception', async (stage) => {
    const stages = { [stage]: () => { throw new TypeError("Cannot read properties of undefined (reading 'amount')"); } };
    const report = await checkBytes('bug.txt', bytes, { stages });
    expectValidReport(report);
    expect(report.summary.status).toBe('failed');
    expect(report.source.path).toBe('bug.txt');
    expect(report.source.bytes).toBe(bytes.byteLength);
    const [finding] = report.findings;
    expect(report.findings).toHaveLength(1);
    expect(finding?.code).toBe('ingest-failed');
    expect(finding?.actual).toBe('internal');
    expect(finding?.message).toBe("jixiao 分析该文件时出错（内部错误：Cannot read properties of undefined (reading 'amount')），请将该文件反馈给维护者。");
    expect(finding?.messageEn).toBe("jixiao failed while analysing this file (internal error: Cannot read properties of undefined (reading 'amount')); please report it with the file.");
    expect(finding?.message).not.toMatch(/\n\s+at /);
  });

  it('a thrown non-Error value is reported too', async () => {
    const report = await checkBytes('bug.txt', bytes, { stages: { validate: () => { throw 'boom'; } } });
    expect(report.findings[0]?.messageEn).toContain('internal error: boom');
  });
});
