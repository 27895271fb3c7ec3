/**
 * The data contract: every type that flows between pipeline stages is a zod
 * schema here, and the TypeScript types are inferred from them. The committed
 * `schemas/report.schema.json` is generated from `ReportSchema`.
 */
import { z } from 'zod';

export const SCHEMA_VERSION = 2 as const;

// ───────────────────────────── locations ─────────────────────────────

/**
 * Where something is in the source, so a person can find it again:
 * `line` (1-based) for text files, `block` (0-based paragraph/table index in
 * document order) for docx, .doc, PDF and .xlsx; `row`/`column` inside a table
 * (0-based, header row included); `page` for PDF; `sheet` + `cell` for .xlsx.
 */
export const LocationSchema = z
  .object({
    line: z.number().int().positive().optional(),
    endLine: z.number().int().positive().optional(),
    block: z.number().int().nonnegative().optional(),
    row: z.number().int().nonnegative().optional(),
    column: z.number().int().nonnegative().optional(),
    /** PDF page, 1-based */
    page: z.number().int().positive().optional(),
    /** spreadsheet sheet name and cell address (`Sheet1`, `B7`) */
    sheet: z.string().optional(),
    cell: z.string().optional(),
  })
  .meta({
    id: 'Location',
    description: 'line (text, 1-based) or block (docx, 0-based), optionally a table row/column, a PDF page or a sheet cell',
  });
export type Location = z.infer<typeof LocationSchema>;

// ───────────────────────────── ingest ─────────────────────────────

export const SourceFormatSchema = z.enum(['docx', 'doc', 'xlsx', 'xls', 'pdf', 'txt', 'unknown']);
export type SourceFormat = z.infer<typeof SourceFormatSchema>;

export const SourceInfoSchema = z
  .object({
    path: z.string(),
    sha256: z.string(),
    format: SourceFormatSchema,
    /** text encoding for txt (`utf-8`, `utf-8-bom`, `gb18030`, `utf-16le`, `utf-16be`); null for the other formats */
    encoding: z.string().nullable(),
    bytes: z.number().int().nonnegative(),
  })
  .meta({ id: 'SourceInfo' });
export type SourceInfo = z.infer<typeof SourceInfoSchema>;

export const ParagraphBlockSchema = z.object({
  type: z.literal('paragraph'),
  /** the paragraph text, with automatic list numbering restored in front when the file had it */
  text: z.string(),
  /** 1..9 when the file marks the paragraph as a heading (Word/WPS heading styles), else null */
  headingLevel: z.number().int().min(1).max(9).nullable(),
  /** the list number the file generated (e.g. `一、`, `（一）`, `1.`) when it is automatic numbering, else null */
  listNumber: z.string().nullable(),
  location: LocationSchema,
});
export type ParagraphBlock = z.infer<typeof ParagraphBlockSchema>;

export const TableLayoutSchema = z.enum(['docx', 'doc', 'xlsx', 'pdf', 'tab-cell-lines', 'pipe', 'tab-row', 'spaces', 'cell-lines', 'one-line']);
export type TableLayout = z.infer<typeof TableLayoutSchema>;

export const TableBlockSchema = z.object({
  type: z.literal('table'),
  /** a rectangular grid of cell texts, merged cells expanded (the value repeats in every covered cell) */
  rows: z.array(z.array(z.string())),
  /** one location per row, so a finding can point at the line/row a person sees */
  rowLocations: z.array(LocationSchema),
  location: LocationSchema,
  /** how the grid was recovered: a real table of a format (docx, doc, xlsx, pdf) or one of the text flattenings */
  layout: TableLayoutSchema,
});
export type TableBlock = z.infer<typeof TableBlockSchema>;

export const BlockSchema = z.discriminatedUnion('type', [ParagraphBlockSchema, TableBlockSchema]);
export type Block = z.infer<typeof BlockSchema>;

export const SourceDocumentSchema = z.object({
  source: SourceInfoSchema,
  blocks: z.array(BlockSchema),
  /** reader warnings (mammoth messages): content that may not have been read */
  warnings: z.array(z.string()),
});
export type SourceDocument = z.infer<typeof SourceDocumentSchema>;

// ───────────────────────────── report ─────────────────────────────

/**
 * `township-summary` / `department-summary`: a whole body's report; `project-report`: one project's prose
 * self-evaluation; `project-form` / `department-form`: a 项目支出 / 部门整体支出绩效自评表 (or a short text with one).
 */
export const ReportKindSchema = z.enum(['township-summary', 'department-summary', 'project-report', 'project-form', 'department-form', 'other']);
export type ReportKind = z.infer<typeof ReportKindSchema>;

export const MetaSchema = z
  .object({
    title: z.string().nullable(),
    year: z.number().int().nullable(),
    entity: z.string().nullable(),
    township: z.string().nullable(),
    county: z.string().nullable(),
    kind: ReportKindSchema.nullable(),
  })
  .meta({ id: 'Meta' });
export type Meta = z.infer<typeof MetaSchema>;

export const SectionSchema = z
  .object({
    id: z.string(),
    /** the number as written (`一、`, `（一）`, `1.`, `第一部分`), null for an unnumbered heading */
    number: z.string().nullable(),
    title: z.string(),
    level: z.number().int().min(1),
    parentId: z.string().nullable(),
    location: LocationSchema,
  })
  .meta({ id: 'Section' });
export type Section = z.infer<typeof SectionSchema>;

export const AmountUnitSchema = z.enum(['万元', '元']);
export type AmountUnit = z.infer<typeof AmountUnitSchema>;

/** One level of a completion distribution: `达到100%` → percent 100, `工作未开展` → notStarted. */
export const DistributionLevelSchema = z
  .object({
    /** a short label: `100%`, `50%`, `not-started` */
    level: z.string(),
    /** the percentage threshold, null for not-started */
    percent: z.number().nullable(),
    /** `exact` (达到/为 X%: rows at X), `atLeast` (在 X%: rows from X up to the next stated level), `notStarted` */
    match: z.enum(['exact', 'atLeast', 'notStarted']),
    count: z.number().int().nonnegative(),
    /** the words this level was read from */
    text: z.string(),
  })
  .meta({ id: 'DistributionLevel' });
export type DistributionLevel = z.infer<typeof DistributionLevelSchema>;

export const BreakdownPartSchema = z.object({ label: z.string(), value: z.number() });
export const BreakdownSchema = z
  .object({
    whole: z.number(),
    parts: z.array(BreakdownPartSchema),
    /** the list ends in 等 ("and others"): it may not be exhaustive */
    openEnded: z.boolean(),
  })
  .meta({ id: 'Breakdown' });
export type Breakdown = z.infer<typeof BreakdownSchema>;

export const RateKindSchema = z.enum(['execution', 'completion', 'arrival', 'over-target', 'growth', 'other']);
export type RateKind = z.infer<typeof RateKindSchema>;

/** The two figures a stated rate is computed from, as numbers in one unit (`万元`, `户`, …). */
export const RateOperandsSchema = z
  .object({
    numerator: z.number(),
    denominator: z.number(),
    unit: z.string().nullable(),
    /** the figures as written, for their precision and for evidence */
    numeratorText: z.string(),
    denominatorText: z.string(),
  })
  .meta({ id: 'RateOperands' });
export type RateOperands = z.infer<typeof RateOperandsSchema>;

const claimBase = {
  id: z.string(),
  /** the sentence or clause the claim was read from, as written */
  quote: z.string(),
  sectionId: z.string().nullable(),
  location: LocationSchema,
};

export const ClaimSchema = z
  .discriminatedUnion('type', [
    z.object({ ...claimBase, type: z.literal('projectCount'), value: z.number().int().nonnegative(), unit: z.literal('个') }),
    z.object({ ...claimBase, type: z.literal('totalAmount'), value: z.number(), unit: AmountUnitSchema }),
    z.object({ ...claimBase, type: z.literal('completionDistribution'), value: z.array(DistributionLevelSchema), unit: z.literal('个') }),
    z.object({ ...claimBase, type: z.literal('selfScore'), value: z.number(), unit: z.literal('分') }),
    z.object({ ...claimBase, type: z.literal('breakdown'), value: BreakdownSchema, unit: AmountUnitSchema }),
    z.object({ ...claimBase, type: z.literal('tableTotal'), value: z.number(), unit: AmountUnitSchema, tableId: z.string() }),
    /** an entity (government or department) named in the text, to catch text copied from another report */
    z.object({ ...claimBase, type: z.literal('entityMention'), value: z.string(), unit: z.null() }),
    /** 预算资金 / 年初预算 / 调整后预算 X万元 */
    z.object({ ...claimBase, type: z.literal('budgetAmount'), value: z.number(), unit: AmountUnitSchema }),
    /** 到位资金 X万元 */
    z.object({ ...claimBase, type: z.literal('receivedAmount'), value: z.number(), unit: AmountUnitSchema }),
    /** 实际支出 / 执行数 / 支出 X万元 */
    z.object({ ...claimBase, type: z.literal('executedAmount'), value: z.number(), unit: AmountUnitSchema }),
    /** a stated percentage (执行率 61%), with the two figures it is computed from when the same clause gives them */
    z.object({
      ...claimBase,
      type: z.literal('rate'),
      value: z.number(),
      unit: z.literal('%'),
      kind: RateKindSchema,
      /** the percentage as written (`86.19`), so it is judged at its own precision */
      written: z.string(),
      of: RateOperandsSchema.nullable(),
    }),
    /** 自评等级 / 评价结果 优/良/中/差, as written */
    z.object({ ...claimBase, type: z.literal('grade'), value: z.string(), unit: z.null() }),
  ])
  .meta({ id: 'Claim' });
export type Claim = z.infer<typeof ClaimSchema>;
export type ClaimType = Claim['type'];
export type ClaimOf<T extends ClaimType> = Extract<Claim, { type: T }>;

export const ColumnRoleSchema = z.enum(['department', 'name', 'amount', 'completion', 'score', 'index', 'other']);
export type ColumnRole = z.infer<typeof ColumnRoleSchema>;

export const ProjectTableSchema = z
  .object({
    id: z.string(),
    sectionId: z.string().nullable(),
    columns: z.array(
      z.object({
        header: z.string(),
        role: ColumnRoleSchema,
        /** `万元`/`元` for amounts, `%` for completion, `分` for scores, when the header says */
        unit: z.string().nullable(),
      }),
    ),
    location: LocationSchema,
  })
  .meta({ id: 'ProjectTable' });
export type ProjectTable = z.infer<typeof ProjectTableSchema>;

export const ProjectSchema = z
  .object({
    /** the table the row came from; null for projects listed in prose */
    tableId: z.string().nullable(),
    /** 1-based position among the projects of its table (or prose list) */
    row: z.number().int().positive(),
    department: z.string().nullable(),
    name: z.string(),
    /** a key that is the same for the same project across rows, reports and years */
    nameKey: z.string(),
    amount: z.number().nullable(),
    amountUnit: AmountUnitSchema.nullable(),
    /** the amount in 元, computed exactly from the written decimal */
    amountYuan: z.number().nullable(),
    /** completion (实现程度/完成率) in percent */
    completion: z.number().nullable(),
    score: z.number().nullable(),
    /** the cell texts as written, for evidence and for cells that did not read as numbers */
    raw: z.object({ amount: z.string().nullable(), completion: z.string().nullable(), score: z.string().nullable() }),
    location: LocationSchema,
  })
  .meta({ id: 'Project' });
export type Project = z.infer<typeof ProjectSchema>;


// ───────────────────────────── forms ─────────────────────────────

/** The role of a funds row: 年度资金总额, 其中 财政拨款 / 上年结转 / 其他资金, or a department form's 基本支出 / 项目支出. */
export const FundsRoleSchema = z.enum(['total', 'fiscal', 'carryover', 'other-income', 'basic', 'project', 'other']);
export type FundsRole = z.infer<typeof FundsRoleSchema>;

const formCellText = z.string().nullable();

export const FundsRowSchema = z
  .object({
    /** the row label as written (`其中：当年财政拨款`) */
    label: z.string(),
    role: FundsRoleSchema,
    /** 年初预算数 */
    initial: z.number().nullable(),
    /** 全年预算数 */
    adjusted: z.number().nullable(),
    /** 全年执行数 */
    executed: z.number().nullable(),
    /** 分值 */
    weight: z.number().nullable(),
    /** 执行率 in percent (`100%` → 100, a fraction `1` → 100) */
    rate: z.number().nullable(),
    /** 得分; null when blank (missing, never 0) */
    score: z.number().nullable(),
    /** the cells as written, for precision, evidence and cells that did not read as numbers */
    raw: z.object({
      initial: formCellText,
      adjusted: formCellText,
      executed: formCellText,
      weight: formCellText,
      rate: formCellText,
      score: formCellText,
    }),
    location: LocationSchema,
  })
  .meta({ id: 'FundsRow' });
export type FundsRow = z.infer<typeof FundsRowSchema>;

export const IndicatorSchema = z
  .object({
    /** 一级指标 (产出指标, 效益指标, 满意度指标) */
    level1: z.string().nullable(),
    /** 二级指标 (数量指标, 质量指标, …) */
    level2: z.string().nullable(),
    /** 三级指标: the indicator itself */
    name: z.string(),
    /** 年度指标值 as written */
    target: formCellText,
    /** 实际完成值 as written */
    actual: formCellText,
    /** 分值 */
    weight: z.number().nullable(),
    /** 得分; null when blank */
    score: z.number().nullable(),
    /** 偏差原因分析及改进措施 */
    note: formCellText,
    raw: z.object({ weight: formCellText, score: formCellText }),
    location: LocationSchema,
  })
  .meta({ id: 'Indicator' });
export type Indicator = z.infer<typeof IndicatorSchema>;

/** A group weight as stated: `产出指标（50分）` → {name: 产出指标, weight: 50}. */
export const IndicatorGroupSchema = z
  .object({
    name: z.string(),
    /** which indicator field the group name is: 一级 or 二级 */
    level: z.union([z.literal(1), z.literal(2)]),
    weight: z.number(),
    location: LocationSchema,
  })
  .meta({ id: 'IndicatorGroup' });
export type IndicatorGroup = z.infer<typeof IndicatorGroupSchema>;

export const FormSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['project', 'department']),
    /** 项目名称 (project forms) */
    projectName: z.string().nullable(),
    /** 主管部门 (or a department form's 部门名称) */
    department: z.string().nullable(),
    /** 实施单位 */
    implementer: z.string().nullable(),
    year: z.number().int().nullable(),
    /** the unit of the funds block (项目资金（万元）) */
    unit: AmountUnitSchema.nullable(),
    funds: z.array(FundsRowSchema),
    /** 年度总体目标: 预期目标 / 实际完成情况 */
    goals: z.object({ planned: formCellText, achieved: formCellText }).nullable(),
    indicators: z.array(IndicatorSchema),
    groups: z.array(IndicatorGroupSchema),
    /** 总分 */
    total: z
      .object({ weight: z.number().nullable(), score: z.number().nullable(), raw: z.object({ weight: formCellText, score: formCellText }), location: LocationSchema })
      .nullable(),
    location: LocationSchema,
  })
  .meta({ id: 'Form', description: 'one 项目支出 / 部门整体支出绩效自评表 found in the document' });
export type Form = z.infer<typeof FormSchema>;

// ───────────────────────────── findings ─────────────────────────────

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

export const EvidenceSchema = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('claim'),
      claimId: z.string(),
      quote: z.string(),
      sectionId: z.string().nullable(),
      location: LocationSchema,
    }),
    z.object({
      kind: z.literal('row'),
      tableId: z.string().nullable(),
      row: z.number().int().positive(),
      name: z.string(),
      location: LocationSchema,
    }),
    z.object({ kind: z.literal('quote'), quote: z.string(), location: LocationSchema.nullable() }),
    /** a cell of a form: `part` and `index` say which row (funds[index], indicators[index], groups[index], total) */
    z.object({
      kind: z.literal('formCell'),
      formId: z.string(),
      part: z.enum(['funds', 'indicator', 'group', 'total', 'goals']),
      index: z.number().int().nonnegative(),
      /** the field of that row (`rate`, `score`, `weight`, …) */
      field: z.string(),
      /** the row's label or indicator name, and the cell as written */
      label: z.string(),
      text: z.string().nullable(),
      location: LocationSchema,
    }),
    /** a passage or row of another report of the batch (batch findings name both files) */
    z.object({
      kind: z.literal('otherReport'),
      path: z.string(),
      quote: z.string().nullable(),
      location: LocationSchema.nullable(),
    }),
  ])
  .meta({ id: 'Evidence' });
export type Evidence = z.infer<typeof EvidenceSchema>;

/** A finding's expected/actual: a number, a short text, or null when there is nothing to compare. */
export const FindingValueSchema = z.union([z.number(), z.string(), z.null()]);

export const FindingSchema = z
  .object({
    /** stable kebab-case rule code, e.g. `total-mismatch` */
    code: z.string().regex(/^[a-z]+(-[a-z]+)*$/),
    severity: SeveritySchema,
    /** plain-words message in Chinese */
    message: z.string(),
    /** the same message in English */
    messageEn: z.string(),
    expected: FindingValueSchema,
    actual: FindingValueSchema,
    evidence: z.array(EvidenceSchema),
    /** rule-specific structured detail (e.g. per-level counts of a distribution) */
    details: z.record(z.string(), z.unknown()).optional(),
  })
  .meta({ id: 'Finding' });
export type Finding = z.infer<typeof FindingSchema>;

/** The source as recorded in a report: what was read, plus the reader's warnings (content that may be lost). */
export const ReportSourceSchema = SourceInfoSchema.extend({
  warnings: z.array(z.string()),
}).meta({ id: 'ReportSource' });

/**
 * `ok`: figures were compared and nothing is wrong; `findings`: an error or warning; `unchecked`: no rule that
 * compares figures had anything to compare (a person must read it); `failed`: the file could not be read.
 */
export const ReportStatusSchema = z.enum(['ok', 'findings', 'unchecked', 'failed']);
export type ReportStatus = z.infer<typeof ReportStatusSchema>;

/** Whether one rule could run on the report, and if not, why (a short kebab-case word: `no-project-rows`, `no-form`). */
export const CheckRunSchema = z
  .object({
    code: z.string(),
    ran: z.boolean(),
    reason: z.string().nullable(),
  })
  .meta({ id: 'CheckRun' });
export type CheckRun = z.infer<typeof CheckRunSchema>;

export const SummarySchema = z
  .object({
    projectCount: z.number().int().nonnegative(),
    /** sum of the project amounts in 万元 (exact decimal arithmetic), null when no amount is known */
    amountTotal: z.number().nullable(),
    errors: z.number().int().nonnegative(),
    warnings: z.number().int().nonnegative(),
    infos: z.number().int().nonnegative(),
    /** `failed` when the file could not be read; `findings` when any error or warning; `unchecked` when nothing could be compared; else `ok` */
    status: ReportStatusSchema,
    /** the rules that compare figures: which ran, which could not and why */
    checks: z.array(CheckRunSchema),
  })
  .meta({ id: 'Summary' });
export type Summary = z.infer<typeof SummarySchema>;

export const ReportSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    source: ReportSourceSchema,
    meta: MetaSchema,
    sections: z.array(SectionSchema),
    claims: z.array(ClaimSchema),
    tables: z.array(ProjectTableSchema),
    projects: z.array(ProjectSchema),
    forms: z.array(FormSchema),
    findings: z.array(FindingSchema),
    /** findings of the batch stage (across reports of one `check` run): each names the other file */
    batchFindings: z.array(FindingSchema),
    summary: SummarySchema,
  })
  .meta({ id: 'Report', title: 'jixiao report', description: 'One budget-performance self-evaluation report, normalised, with its findings' });
export type Report = z.infer<typeof ReportSchema>;
