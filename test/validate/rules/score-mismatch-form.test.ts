import { describe, expect, it } from 'vitest';
import { validate } from '../../../src/validate/index.js';
import { formProject } from '../../../src/parse/forms/form-project.js';
import { buildForm, buildReport, claim, formReport, row } from '../support.js';

const find = (r: ReturnType<typeof validate>) => r.findings.filter((f) => f.code === 'score-mismatch');

describe('score-mismatch against a form’s 总分', () => {
  it('a prose 自评得分 that is not the form’s 总分 得分', () => {
    const report = validate(formReport([buildForm({ total: [100, 96] })], [claim.selfScore(98)]));
    const [f] = find(report);
    expect(f).toMatchObject({ expected: 98, actual: 96 });
    expect(f!.evidence.map((e) => e.kind)).toEqual(['claim', 'formCell']);
    expect(report.summary.checks.find((c) => c.code === 'score-mismatch')).toMatchObject({ ran: true });
  });

  it('agrees at the prose figure’s precision, and is not judged with several forms', () => {
    expect(find(validate(formReport([buildForm({ total: [100, 98.2] })], [claim.selfScore(98)])))).toEqual([]);
    expect(find(validate(formReport([buildForm({ total: [100, 96] })], [claim.selfScore(96)])))).toEqual([]);
    const two = formReport([buildForm({ id: 'f1', total: [100, 96] }), buildForm({ id: 'f2', total: [100, 90] })], [claim.selfScore(98)]);
    expect(find(validate(two))).toEqual([]);
  });

  it('leaves the prose score of a whole body’s summary to the body: one project’s form attached is not its total', () => {
    const summary = formReport([buildForm({ total: [100, 96] })], [claim.selfScore(98)]);
    expect(find(validate({ ...summary, meta: { ...summary.meta, kind: 'township-summary' } }))).toEqual([]);
    const department = formReport([buildForm({ kind: 'department', total: [100, 96] })], [claim.selfScore(98)]);
    expect(find(validate({ ...department, meta: { ...department.meta, kind: 'department-summary' } }))).toHaveLength(1);
  });

  it('a single-project form whose project is also the report’s one project row: compared with the form, once', () => {
    const form = buildForm({ total: [100, 97.6] });
    const report = { ...formReport([form], [claim.selfScore(95)]), projects: [formProject(form)!] };
    const found = find(validate(report));
    expect(found).toHaveLength(1);
    expect(found[0]!.evidence.map((e) => e.kind)).toEqual(['claim', 'formCell']);
    expect(find(validate({ ...report, claims: [claim.selfScore(97.6)] }))).toEqual([]);
  });

  it('a project table beside the form keeps the prose score the report’s own', () => {
    const form = buildForm({ total: [100, 96] });
    const withTable = buildReport({ rows: [row('甲项目', 10, { score: 98 }), row('乙项目', 20, { score: 98 })], claims: [claim.selfScore(98)] });
    expect(find(validate({ ...withTable, forms: [form] }))).toEqual([]);
  });
});
