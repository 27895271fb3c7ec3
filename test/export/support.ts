/**
 * Hand-built Reports for exporter tests: small, schema-valid, with the
 * awkward values exporters must survive (markup in a project name, a
 * formula-looking department, a negative amount, a failed file).
 */
import { SCHEMA_VERSION, type CheckRun, type Finding, type Form, type FundsRow, type Indicator, type Project, type Report } from '../../src/model.js';
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
        details: { field: 'amount', raw: '-5' },
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

/** A funds row of a form, figures in 万元. */
function fundsRow(label: string, role: FundsRow['role'], figures: [number | null, number | null, number | null, number | null, number | null, number | null], rawRate: string | null, line: number): FundsRow {
  const [initial, adjusted, executed, weight, rate, score] = figures;
  const text = (n: number | null): string | null => (n === null ? null : String(n));
  return {
    label,
    role,
    initial,
    adjusted,
    executed,
    weight,
    rate,
    score,
    raw: { initial: text(initial), adjusted: text(adjusted), executed: text(executed), weight: text(weight), rate: rawRate, score: text(score) },
    location: { line },
  };
}

function indicator(level1: string, level2: string, name: string, target: string, actual: string, weight: number, score: number | null, line: number): Indicator {
  return { level1, level2, name, target, actual, weight, score, note: null, raw: { weight: String(weight), score: score === null ? null : String(score) }, location: { line } };
}

/** A 项目支出绩效自评表 as the form parser gives it: funds block, three indicators in two groups, 总分. */
export function sampleForm(id = 'f1'): Form {
  return {
    id,
    kind: 'project',
    projectName: '农村道路养护项目',
    department: '青山县交通运输局',
    implementer: '白石镇人民政府',
    year: 2023,
    unit: '万元',
    funds: [
      fundsRow('年度资金总额', 'total', [120, 125.5, 100.25, 10, 86.19, 8.6], '86.19%', 5),
      fundsRow('其中：当年财政拨款', 'fiscal', [120, 125.5, 100.25, null, null, null], null, 6),
      fundsRow('上年结转资金', 'carryover', [null, null, null, null, null, null], null, 7),
    ],
    goals: { planned: '完成道路养护30公里', achieved: '完成道路养护28公里' },
    indicators: [
      indicator('产出指标', '数量指标', '养护里程', '≥30公里', '28公里', 20, 18, 12),
      indicator('产出指标', '质量指标', '验收合格率', '100%', '100%', 30, 32, 13),
      indicator('满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '95%', 10, 10, 14),
    ],
    groups: [
      { name: '产出指标', level: 1, weight: 50, location: { line: 11 } },
      { name: '满意度指标', level: 1, weight: 10, location: { line: 14 } },
    ],
    total: { weight: 100, score: 68.6, raw: { weight: '100', score: '68.6' }, location: { line: 16 } },
    location: { line: 3 },
  };
}

/** A report holding one form, with findings that point at its cells (a stated rate and an indicator over its weight). */
export function formReport(path = '白石镇/道路养护自评表.txt'): Report {
  const form = sampleForm();
  const report = buildReport({
    path,
    entity: '白石镇人民政府',
    projects: [project(1, { tableId: null, name: '=HYPERLINK("http://x","农村道路养护项目")', department: null, amount: 125.5, completion: null, score: null, raw: { amount: '125.50', completion: null, score: null } })],
    findings: [
      finding({
        code: 'execution-rate-mismatch',
        severity: 'error',
        message: '执行率86.19%与全年执行数/全年预算数（79.88%）不符',
        messageEn: 'The stated rate 86.19% is not executed / adjusted budget (79.88%)',
        expected: 79.88,
        actual: 86.19,
        evidence: [{ kind: 'formCell', formId: 'f1', part: 'funds', index: 0, field: 'rate', label: '年度资金总额', text: '86.19%', location: { line: 5 } }],
      }),
      finding({
        code: 'score-over-weight',
        severity: 'error',
        message: '验收合格率得分32超过分值30',
        messageEn: 'The score 32 of 验收合格率 exceeds its weight 30',
        expected: 30,
        actual: 32,
        evidence: [{ kind: 'formCell', formId: 'f1', part: 'indicator', index: 1, field: 'score', label: '验收合格率', text: '32', location: { line: 13 } }],
      }),
    ],
  });
  return { ...report, meta: { ...report.meta, kind: 'project-form' }, forms: [form] };
}
