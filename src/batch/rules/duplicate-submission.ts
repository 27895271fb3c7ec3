// Two inputs for the same body and year (or the very same file twice): one body submits one report a year, so the auditor must learn which one counts — and, when they differ, what differs.
import type { Evidence } from '../../model.js';
import type { CollectedReport } from '../collector.js';
import type { BatchContext } from '../context.js';
import { otherRow, ownRow } from '../evidence.js';
import { batchPair, type BatchPair, type BatchRule } from '../rule.js';
import type { SignatureFigures } from '../signature.js';
import { MAX_EVIDENCE_ITEMS } from '../thresholds.js';

const FIGURES: { key: keyof SignatureFigures; zh: string; en: string }[] = [
  { key: 'declaredProjectCount', zh: '声明项目数', en: 'declared project count' },
  { key: 'declaredTotalWan', zh: '声明资金总额（万元）', en: 'declared total (万元)' },
  { key: 'declaredScore', zh: '自评得分', en: 'self-assessed score' },
  { key: 'projectCount', zh: '项目行数', en: 'project rows' },
  { key: 'amountTotal', zh: '项目金额合计（万元）', en: 'sum of project amounts (万元)' },
];

const shown = (v: unknown) => (v === null || v === undefined ? '—' : String(v));

/** Hashes in `a` not matched one-for-one in `b`. */
function unmatched(a: Uint32Array, b: Uint32Array): number[] {
  const left = new Map<number, number>();
  for (const h of b) left.set(h, (left.get(h) ?? 0) + 1);
  const out: number[] = [];
  for (const h of a) {
    const n = left.get(h) ?? 0;
    if (n > 0) left.set(h, n - 1);
    else out.push(h);
  }
  return out;
}

function groupsOf(ctx: BatchContext): number[][] {
  const groups = new Map<string, number[]>();
  const add = (key: string, i: number) => {
    const list = groups.get(key);
    if (list) list.push(i);
    else groups.set(key, [i]);
  };
  ctx.reports.forEach((r, i) => {
    if (!r) return;
    if (r.sha256 !== '') add(`sha:${r.sha256}`, i);
    if (r.entityKey !== null && r.year !== null) add(`body:${r.entityKey}:${r.year}`, i);
  });
  return [...groups.values()].filter((g) => g.length >= 2);
}

export const duplicateSubmission: BatchRule = {
  code: 'duplicate-submission',
  severity: 'warning',
  title: { zh: '重复报送', en: 'Duplicate submission' },
  checks: {
    zh: '同一单位同一年度只报送一份报告——批次中两份文件属于同一单位同一年度（字节完全相同，或内容不同：列出不同的数字和项目行），需确认以哪一份为准。',
    en: 'One body submits one report a year — two inputs for the same body and year (byte-identical, or different: the figures and rows that differ are listed) leave open which one counts.',
  },
  find(ctx) {
    const pairs: BatchPair[] = [];
    for (const group of groupsOf(ctx)) {
      // each later file against the first, in input order: k files give k-1 findings, not k²
      const first = group[0] as number;
      for (const other of group.slice(1)) {
        if (ctx.marked(this.code, first, other)) continue;
        ctx.mark(this.code, first, other);
        pairs.push(compare(ctx, this, first, other));
      }
    }
    return pairs;
  },
};

function compare(ctx: BatchContext, rule: BatchRule, ia: number, ib: number): BatchPair {
  const a = ctx.reports[ia] as CollectedReport;
  const b = ctx.reports[ib] as CollectedReport;
  if (a.sha256 === b.sha256) {
    const side = (other: CollectedReport) => ({
      message: `与 ${other.path} 字节完全相同：同一文件报送了两次。`,
      messageEn: `Byte-for-byte identical to ${other.path}: the same file was submitted twice.`,
      expected: null,
      actual: 'identical',
      evidence: [{ kind: 'otherReport', path: other.path, quote: null, location: null } satisfies Evidence],
      details: { otherFile: other.path, identical: true },
    });
    return batchPair(rule, ia, ib, side(b), side(a));
  }
  const figures = FIGURES.filter((f) => a.figures[f.key] !== b.figures[f.key]);
  const onlyA = new Set(unmatched(a.projectHashes, b.projectHashes));
  const onlyB = new Set(unmatched(b.projectHashes, a.projectHashes));
  const rowsA = ctx.projects(ia).filter((p) => onlyA.has(p.hash));
  const rowsB = ctx.projects(ib).filter((p) => onlyB.has(p.hash));
  const side = (self: CollectedReport, other: CollectedReport, own: typeof rowsA, theirs: typeof rowsA) => {
    const zh: string[] = figures.map((f) => `${f.zh}本报告${shown(self.figures[f.key])}、对方${shown(other.figures[f.key])}`);
    const en: string[] = figures.map((f) => `${f.en} ${shown(self.figures[f.key])} here, ${shown(other.figures[f.key])} there`);
    if (own.length + theirs.length > 0) {
      zh.push(`仅本报告有${own.length}个项目、仅对方有${theirs.length}个项目（按名称和金额）`);
      en.push(`${own.length} projects only here and ${theirs.length} only there (by name and amount)`);
    }
    const what = zh.length === 0 ? { zh: '数字和项目行相同，文字或格式不同', en: 'the figures and rows are the same; wording or format differ' } : { zh: zh.join('；'), en: en.join('; ') };
    const body = self.entity ?? '';
    return {
      message: `与 ${other.path} 同为${body}${self.year ?? ''}年度的报告，但内容不同：${what.zh}。`,
      messageEn: `${other.path} is also ${body}'s report for ${self.year ?? 'the same year'}, with different contents: ${what.en}.`,
      expected: null,
      actual: `${figures.length} figures, ${own.length + theirs.length} rows differ`,
      evidence: [
        { kind: 'otherReport', path: other.path, quote: null, location: null } satisfies Evidence,
        ...own.slice(0, MAX_EVIDENCE_ITEMS).map(ownRow),
        ...theirs.slice(0, MAX_EVIDENCE_ITEMS).map((p) => otherRow(other.path, p)),
      ],
      details: { otherFile: other.path, identical: false, figures: figures.map((f) => f.key), rowsOnlyHere: own.length, rowsOnlyThere: theirs.length },
    };
  };
  return batchPair(rule, ia, ib, side(a, b, rowsA, rowsB), side(b, a, rowsB, rowsA));
}
