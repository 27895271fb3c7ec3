/**
 * Hand-built Reports for exporter tests: small, schema-valid, with the
 * awkward values exporters must survive (markup in a project name, a
 * formula-looking department, a negative amount, a failed file).
 */
import { SCHEMA_VERSION, type CheckRun, type Finding, type Project, type Report } from '../../src/model.js';
import { failedReport } from '../../src/pipeline.js';
import { IngestError } from '../../src/ingest/ingest-error.js';

export function project(row: number, over: Partial<Project> = {}): Project {
  const amount = over.amount === undefined ? 10 + row : over.amount;
  return {
    tableId: 't1',
    row,
    department: '神星镇人民政府',
    name: `项目${row}`,
    nameKey: `项目${row}`,
    amount,
    amountUnit: amount === null ? null : '万元',
    amountYuan: amount === null ? null : amount * 10000,
    completion: 100,
    score: 95,
    raw: { amount: amount === null ? null : String(amount), completion: '100%', score: '95' },
    location: { line: 40 + row },
    ...over,
  };
}

export function finding(over: Partial<Finding> = {}): Finding {
  return {
    code: 'score-mismatch',
    severity: 'warning',
    message: '自评得分与项目得分不符',
    messageEn: 'The overall score does not match the project scores',
    expected: 95,
    actual: 90,
    evidence: [{ kind: 'claim', claimId: 'c1', quote: '自评得分为90分', sectionId: 's1', location: { line: 12 } }],
    ...over,
  };
}

export interface ReportParts {
  path?: string;
  projects?: Project[];
  findings?: Finding[];
  entity?: string | null;
  year?: number | null;
  /** the comparing rules' runs; by default count and total ran */
  checks?: CheckRun[];
  county?: string | null;
}

/** What validate records for a report with a project table and a stated count and total. */
export const RAN_CHECKS: CheckRun[] = [
  { code: 'count-mismatch', ran: true, reason: null },
  { code: 'total-mismatch', ran: true, reason: null },
  { code: 'score-mismatch', ran: false, reason: 'no-scored-rows' },
];

/** What validate records when a report gives nothing to compare. */
export const NOTHING_RAN: CheckRun[] = [
  { code: 'count-mismatch', ran: false, reason: 'no-project-rows' },
  { code: 'total-mismatch', ran: false, reason: 'no-project-rows' },
  { code: 'score-mismatch', ran: false, reason: 'no-declared-score' },
];

/** A report with its summary computed from its parts (as validate would). */
export function buildReport(parts: ReportParts = {}): Report {
  const projects = parts.projects ?? [project(1), project(2)];
  const findings = parts.findings ?? [];
  const count = (s: Finding['severity']): number => findings.filter((f) => f.severity === s).length;
  const errors = count('error');
  const warnings = count('warning');
  const amounts = projects.map((p) => p.amount).filter((a): a is number => a !== null);
  const checks = parts.checks ?? RAN_CHECKS;
  return {
    schemaVersion: SCHEMA_VERSION,
    source: { path: parts.path ?? 'reports/a.txt', sha256: 'ab'.repeat(32), format: 'txt', encoding: 'utf-8', bytes: 1234, warnings: [] },
    meta: {
      title: '2022年度神星镇人民政府整体绩效自评报告',
      year: parts.year === undefined ? 2022 : parts.year,
      entity: parts.entity === undefined ? '神星镇人民政府' : parts.entity,
      township: '神星镇',
      county: parts.county === undefined ? '满城区' : parts.county,
      kind: 'township-summary',
    },
    sections: [{ id: 's1', number: '一、', title: '基本情况', level: 1, parentId: null, location: { line: 3 } }],
    claims: [
      { id: 'c1', type: 'selfScore', value: 90, unit: '分', quote: '自评得分为90分', sectionId: 's1', location: { line: 12 } },
      { id: 'c2', type: 'projectCount', value: projects.length, unit: '个', quote: `预算项目${projects.length}个`, sectionId: 's1', location: { line: 5 } },
      { id: 'c3', type: 'totalAmount', value: 273564.9, unit: '元', quote: '涉及资金273564.9元', sectionId: 's1', location: { line: 5 } },
    ],
    tables: [
      {
        id: 't1',
        sectionId: 's1',
        columns: [
          { header: '部门名称', role: 'department', unit: null },
          { header: '项目名称', role: 'name', unit: null },
          { header: '资金数额（万元）', role: 'amount', unit: '万元' },
        ],
        location: { line: 30 },
      },
    ],
    projects,
    forms: [],
    findings,
    batchFindings: [],
    summary: {
      projectCount: projects.length,
      amountTotal: amounts.length ? amounts.reduce((a, b) => a + b, 0) : null,
      errors,
      warnings,
      infos: count('info'),
      status: errors + warnings > 0 ? 'findings' : checks.some((c) => c.ran) ? 'ok' : 'unchecked',
      checks,
    },
  };
}

/** A report with markup and formula bait in its text, a negative amount and a finding that points at rows. */
export function trickyReport(path = 'reports/tricky.txt'): Report {
  return buildReport({
    path,
    projects: [
      project(1, { name: '<script>alert(1)</script>', nameKey: 'script alert' }),
      project(2, { department: '=SUM(A1:A9)', name: '+cmd|calc', amount: -5 }),
      project(3, { name: '@村道维修', completion: null }),
    ],
    findings: [
      finding(),
      finding({
        code: 'value-out-of-range',
        severity: 'warning',
        message: '金额为负数',
        messageEn: 'A negative amount',
        expected: '>= 0',
        actual: -5,
        evidence: [{ kind: 'row', tableId: 't1', row: 2, name: '+cmd|calc', location: { line: 42 } }],
      }),
      finding({
        code: 'missing-value',
        severity: 'info',
        message: '缺少实现程度 <b>粗体</b>',
        messageEn: 'Completion missing <b>bold</b>',
        expected: null,
        actual: null,
        evidence: [{ kind: 'row', tableId: 't1', row: 3, name: '@村道维修', location: { line: 43 } }],
      }),
    ],
  });
}

/** A prose-only report: nothing any comparing rule could compare, so it is unchecked, not ok. */
export function uncheckedReport(path = 'reports/prose.txt'): Report {
  const report = buildReport({ path, projects: [], checks: NOTHING_RAN });
  return { ...report, claims: [], tables: [] };
}

export function unreadableReport(path = 'reports/broken.docx'): Report {
  return failedReport(path, new Uint8Array([1, 2, 3]), new IngestError('not-word', '这是一个压缩包，但不是 Word 文档。', 'This is a zip archive but not a Word document.'));
}
