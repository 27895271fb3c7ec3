/**
 * Small hand-built Reports for rule tests: a project table, claims placed on
 * lines of their own (or shared, to model one sentence), and rows numbered in
 * order. Every report built here is checked against the committed schema.
 */
import { fromNumber, shift, toNumber } from '../../src/decimal.js';
import {
  SCHEMA_VERSION,
  type AmountUnit,
  type Claim,
  type ClaimOf,
  type ColumnRole,
  type DistributionLevel,
  type Form,
  type FundsRole,
  type FundsRow,
  type Indicator,
  type IndicatorGroup,
  type Location,
  type Meta,
  type Project,
  type ProjectTable,
  type Report,
  type Section,
} from '../../src/model.js';

/** A simple stand-in for the parser's nameKey: years, bracket tags, punctuation and spaces dropped. */
export function simpleNameKey(name: string): string {
  return name
    .replace(/[（(【[][^）)】\]]{0,6}[）)】\]]/gu, '')
    .replace(/\d{4}(?:[-—至]\d{4})?年度?/gu, '')
    .replace(/[\s\p{P}\p{S}]/gu, '');
}

export interface RowOptions {
  completion?: number | null;
  score?: number | null;
  unit?: AmountUnit;
  department?: string | null;
  tableId?: string | null;
  /** raw cell texts; default: the numbers as written */
  raw?: Partial<Project['raw']>;
}

export type RowSpec = { name: string; amount: number | null } & RowOptions;

export function row(name: string, amount: number | null, options: RowOptions = {}): RowSpec {
  return { name, amount, ...options };
}

let nextLine = 1000;

function claimBase(options: { line?: number; sectionId?: string | null; quote?: string; id?: string }, quote: string) {
  const line = options.line ?? nextLine++;
  return {
    id: options.id ?? `c${line}-${Math.random().toString(36).slice(2, 7)}`,
    quote: options.quote ?? quote,
    sectionId: options.sectionId ?? null,
    location: { line } satisfies Location,
  };
}

type ClaimOptions = { line?: number; sectionId?: string | null; quote?: string; id?: string };

export const claim = {
  projectCount: (value: number, o: ClaimOptions = {}): ClaimOf<'projectCount'> => ({
    ...claimBase(o, `预算项目${value}个`),
    type: 'projectCount',
    value,
    unit: '个',
  }),
  totalAmount: (value: number, unit: AmountUnit = '万元', o: ClaimOptions = {}): ClaimOf<'totalAmount'> => ({
    ...claimBase(o, `涉及资金${value}${unit}`),
    type: 'totalAmount',
    value,
    unit,
  }),
  tableTotal: (tableId: string, value: number, unit: AmountUnit = '万元', o: ClaimOptions = {}): ClaimOf<'tableTotal'> => ({
    ...claimBase(o, `合计 ${value}`),
    type: 'tableTotal',
    value,
    unit,
    tableId,
  }),
  selfScore: (value: number, o: ClaimOptions = {}): ClaimOf<'selfScore'> => ({
    ...claimBase(o, `自评得分为${value}分`),
    type: 'selfScore',
    value,
    unit: '分',
  }),
  breakdown: (whole: number, parts: number[], o: ClaimOptions & { unit?: AmountUnit; openEnded?: boolean } = {}): ClaimOf<'breakdown'> => ({
    ...claimBase(o, `${whole}，其中${parts.join('、')}${o.openEnded ? '等' : ''}`),
    type: 'breakdown',
    value: { whole, parts: parts.map((value, i) => ({ label: `第${i + 1}项`, value })), openEnded: o.openEnded ?? false },
    unit: o.unit ?? '万元',
  }),
  distribution: (levels: DistributionLevel[], o: ClaimOptions = {}): ClaimOf<'completionDistribution'> => ({
    ...claimBase(o, levels.map((l) => l.text).join('，')),
    type: 'completionDistribution',
    value: levels,
    unit: '个',
  }),
  entityMention: (value: string, o: ClaimOptions = {}): ClaimOf<'entityMention'> => ({
    ...claimBase(o, `${value}2023年度下达上级资金`),
    type: 'entityMention',
    value,
    unit: null,
  }),
};

/** Distribution levels as the seed writes them. */
export const level = {
  exact: (percent: number, count: number): DistributionLevel => ({ level: `${percent}%`, percent, match: 'exact', count, text: `实现程度达到${percent}%的项目有${count}个` }),
  atLeast: (percent: number, count: number): DistributionLevel => ({ level: `${percent}%`, percent, match: 'atLeast', count, text: `实现程度在${percent}%的项目有${count}个` }),
  notStarted: (count: number): DistributionLevel => ({ level: 'not-started', percent: null, match: 'notStarted', count, text: `工作未开展的项目有${count}个` }),
};

const HEADERS: Record<ColumnRole, string> = {
  department: '部门名称',
  name: '项目名称',
  amount: '资金数额（万元）',
  completion: '实现程度（%）',
  score: '自评得分',
  index: '序号',
  other: '备注',
};

export function table(id: string, roles: ColumnRole[] = ['department', 'name', 'amount', 'completion', 'score'], unit: AmountUnit = '万元'): ProjectTable {
  return {
    id,
    sectionId: null,
    columns: roles.map((role) => ({
      header: role === 'amount' ? `资金数额（${unit}）` : HEADERS[role],
      role,
      unit: role === 'amount' ? unit : role === 'completion' ? '%' : role === 'score' ? '分' : null,
    })),
    location: { line: 100 },
  };
}

function numberText(n: number | null | undefined): string | null {
  return n === null || n === undefined ? null : String(n);
}

function toProject(spec: RowSpec, index: number, defaultTable: string | null, firstLine: number): Project {
  const unit = spec.unit ?? '万元';
  const amountYuan = spec.amount === null ? null : toNumber(shift(fromNumber(spec.amount), unit === '万元' ? 4 : 0));
  const tableId = spec.tableId === undefined ? defaultTable : spec.tableId;
  return {
    tableId,
    row: index + 1,
    department: spec.department === undefined ? (tableId ? '某某镇人民政府本级' : null) : spec.department,
    name: spec.name,
    nameKey: simpleNameKey(spec.name),
    amount: spec.amount,
    amountUnit: spec.amount === null ? null : unit,
    amountYuan,
    completion: spec.completion ?? null,
    score: spec.score ?? null,
    raw: {
      amount: numberText(spec.amount),
      completion: spec.completion === null || spec.completion === undefined ? null : `${spec.completion}%`,
      score: numberText(spec.score),
      ...spec.raw,
    },
    location: tableId ? { line: firstLine + index, row: index + 1 } : { line: firstLine + index },
  };
}

export interface ReportSpec {
  meta?: Partial<Meta>;
  claims?: Claim[];
  /** rows of table `t1` (created with all five columns unless `tables` says otherwise) */
  rows?: RowSpec[];
  /** projects listed in prose (tableId null) */
  proseRows?: RowSpec[];
  tables?: ProjectTable[];
  sections?: Section[];
  warnings?: string[];
}

export function buildReport(spec: ReportSpec = {}): Report {
  const rows = spec.rows ?? [];
  const tables = spec.tables ?? (rows.length > 0 ? [table('t1')] : []);
  const byTable = new Map<string | null, number>();
  const projects = [...rows.map((r) => ({ ...r, tableId: r.tableId === undefined ? (tables[0]?.id ?? 't1') : r.tableId })), ...(spec.proseRows ?? []).map((r) => ({ ...r, tableId: null }))].map(
    (r) => {
      const key = r.tableId ?? null;
      const i = byTable.get(key) ?? 0;
      byTable.set(key, i + 1);
      return toProject(r, i, key, key === null ? 60 : 101);
    },
  );
  const amounts = projects.filter((p) => p.amountYuan !== null);
  return {
    schemaVersion: SCHEMA_VERSION,
    source: { path: 'test.txt', sha256: '0'.repeat(64), format: 'txt', encoding: 'utf-8', bytes: 1, warnings: spec.warnings ?? [] },
    meta: { title: null, year: 2022, entity: null, township: null, county: null, kind: 'township-summary', ...spec.meta },
    sections: spec.sections ?? [],
    claims: spec.claims ?? [],
    tables,
    projects,
    forms: [],
    findings: [],
    batchFindings: [],
    summary: {
      projectCount: projects.length,
      amountTotal: amounts.length === 0 ? null : amounts.reduce((s, p) => s + p.amountYuan!, 0) / 10000,
      errors: 0,
      warnings: 0,
      infos: 0,
      status: 'ok',
      checks: [],
    },
  };
}

export function section(id: string, title: string, line: number, number: string | null = null, level = 1): Section {
  return { id, number, title, level, parentId: null, location: { line } };
}

/** The codes of a report's findings at or above info, as a sorted list, for exact comparisons. */
export function codes(report: Report, severities: readonly string[] = ['error', 'warning']): string[] {
  return report.findings.filter((f) => severities.includes(f.severity)).map((f) => f.code).sort();
}

// ───────────────────────────── forms ─────────────────────────────

type FundsCells = [initial: number | null, adjusted: number | null, executed: number | null];

export interface FundsRowOptions {
  weight?: number | null;
  /** 执行率 as written (`86%`, `97.80%`, `0.1`, `1`); the model's percent is read from it */
  rate?: string | null;
  score?: number | null;
  /** cell texts as written, where they differ from the numbers (`30.00`, `约10`, ``) */
  raw?: Partial<FundsRow['raw']>;
  label?: string;
}

const FUNDS_LABELS: Record<FundsRole, string> = {
  total: '年度资金总额',
  fiscal: '其中：当年财政拨款',
  carryover: '上年结转资金',
  'other-income': '其他资金',
  basic: '基本支出',
  project: '项目支出',
  other: '其他',
};

let nextFormLine = 5000;

/** A rate cell as written → percent (`86%` → 86, `0.1` → 10, `1` → 100). */
function ratePercent(text: string | null | undefined): number | null {
  if (text == null) return null;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(%?)\s*$/.exec(text);
  if (!m) return null;
  const value = fromNumber(Number(m[1]));
  return m[2] ? toNumber(value) : toNumber(shift(value, 2));
}

export function fundsRow(role: FundsRole, [initial, adjusted, executed]: FundsCells, o: FundsRowOptions = {}): FundsRow {
  const rate = o.rate ?? null;
  return {
    label: o.label ?? FUNDS_LABELS[role],
    role,
    initial,
    adjusted,
    executed,
    weight: o.weight ?? null,
    rate: ratePercent(rate),
    score: o.score ?? null,
    raw: {
      initial: numberText(initial),
      adjusted: numberText(adjusted),
      executed: numberText(executed),
      weight: numberText(o.weight),
      rate,
      score: numberText(o.score),
      ...o.raw,
    },
    location: { line: nextFormLine++ },
  };
}

export interface IndicatorOptions {
  level2?: string | null;
  note?: string | null;
  raw?: Partial<Indicator['raw']>;
}

export function indicator(
  level1: string | null,
  name: string,
  target: string | null,
  actual: string | null,
  weight: number | null,
  score: number | null,
  o: IndicatorOptions = {},
): Indicator {
  return {
    level1,
    level2: o.level2 ?? null,
    name,
    target,
    actual,
    weight,
    score,
    note: o.note ?? null,
    raw: { weight: numberText(weight), score: numberText(score), ...o.raw },
    location: { line: nextFormLine++ },
  };
}

export function group(name: string, weight: number, level: 1 | 2 = 1): IndicatorGroup {
  return { name, level, weight, location: { line: nextFormLine++ } };
}

export interface FormSpec {
  id?: string;
  kind?: Form['kind'];
  projectName?: string | null;
  unit?: AmountUnit | null;
  funds?: FundsRow[];
  indicators?: Indicator[];
  groups?: IndicatorGroup[];
  /** 年度总体目标 */
  goals?: Form['goals'];
  /** 总分 [分值, 得分]; null for a form without (or cut before) its 总分 row */
  total?: [weight: number | null, score: number | null] | null;
  totalRaw?: Partial<NonNullable<Form['total']>['raw']>;
}

export function buildForm(spec: FormSpec = {}): Form {
  const total = spec.total === undefined ? null : spec.total;
  return {
    id: spec.id ?? 'f1',
    kind: spec.kind ?? 'project',
    projectName: spec.projectName === undefined ? '某某项目' : spec.projectName,
    department: '某某局',
    implementer: '某某单位',
    year: 2022,
    unit: spec.unit === undefined ? '万元' : spec.unit,
    funds: spec.funds ?? [],
    goals: spec.goals ?? null,
    indicators: spec.indicators ?? [],
    groups: spec.groups ?? [],
    total:
      total === null
        ? null
        : { weight: total[0], score: total[1], raw: { weight: numberText(total[0]), score: numberText(total[1]), ...spec.totalRaw }, location: { line: nextFormLine++ } },
    location: { line: 4999 },
  };
}

/** A report made of forms only (a form file), optionally with prose claims. */
export function formReport(forms: Form[], claims: Claim[] = []): Report {
  const report = buildReport({ claims, meta: { kind: forms[0]?.kind === 'department' ? 'department-form' : 'project-form' } });
  return { ...report, forms };
}
