/**
 * The real published reports of ../shared/corpus against their hand-checked
 * truth: rows exactly as written, no invented rows, and a claim for every
 * declared figure the text states.
 */
import { describe, expect, it } from 'vitest';
import { toNumber } from '../../src/decimal.js';
import { readAmount, toWan } from '../../src/parse/numbers.js';
import type { Report } from '../../src/model.js';
import { corpusAvailable, corpusCases, type CorpusCase } from '../support/corpus.js';
import { expectValidReport } from '../support/schema.js';
import { claimsOf, parseText } from './support.js';

const cases = corpusCases();
const reports = new Map<string, Report>(cases.map((c) => [c.id, parseText(c.bytes.toString('utf8'), c.textPath)]));
const reportOf = (c: CorpusCase) => reports.get(c.id)!;
const byId = (id: string) => cases.find((c) => c.id === id)!;

/**
 * Declared counts the text does not write: the truth counts the one project a
 * single-project report is about, but no sentence states it, so there is no
 * claim to read (a claim quotes the text). The report must list exactly that
 * many projects instead.
 */
const COUNT_NOT_WRITTEN: Record<string, string> = {
  xx_jiedao_manwai_gongyi_2025: 'the truth’s 1 is the one masked project the report is about; the text names it once and counts nothing',
};

/** The 年度资金总额 figures of a report's forms, in 万元 (a form's budget columns: adjusted, else initial). */
function formTotalsWan(report: Report): number[] {
  return report.forms.flatMap((f) => {
    const total = f.funds.find((r) => r.role === 'total');
    const amount = total?.adjusted ?? total?.initial ?? null;
    if (amount === null) return [];
    return [toNumber(toWan(readAmount(String(amount))!, f.unit ?? '万元'))];
  });
}

/** Amounts the text writes with a unit, in 万元: the figures a claim could be read from. */
function writtenAmountsWan(text: string): number[] {
  return [...text.matchAll(/(\d[\d,]*(?:\.\d+)?)\s*(万元|元)/g)].map((m) => toNumber(toWan(readAmount(m[1]!)!, m[2] as '万元' | '元')));
}

describe.skipIf(!corpusAvailable)('real reports (../shared/corpus)', () => {
  it('has the corpus', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  it('names only cases that exist', () => {
    for (const id of Object.keys(COUNT_NOT_WRITTEN)) expect(cases.map((c) => c.id)).toContain(id);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s: a valid report with the truth’s rows, and none invented', (_id, c) => {
    const report = reportOf(c);
    expectValidReport(report);
    // single-project forms carry no `rows` (their tables are indicators): their one project is the form's
    const rows = c.truth.rows ?? [];
    const form = report.forms.length === 1 && report.forms[0]!.kind === 'project' ? report.forms[0]! : null;
    if (rows.length === 0 && form && report.projects.length > 0) {
      expect(report.projects.map((p) => p.name)).toEqual([form.projectName]);
      const name = c.truth['project_name'];
      if (typeof name === 'string' && c.bytes.toString('utf8').includes(name)) expect(report.projects[0]!.name).toBe(name);
      const funds = c.truth['funds'] as { adjusted: number | null; initial: number | null } | undefined;
      if (funds && report.projects[0]!.amount !== null) expect(report.projects[0]!.amount).toBe(funds.adjusted ?? funds.initial);
      expect(report.summary.projectCount).toBe(1);
      return;
    }
    expect(report.projects.map((p) => p.name)).toEqual(rows.map((r) => r.name));
    expect(report.projects.map((p) => p.amount)).toEqual(rows.map((r) => r.amount));
    expect(report.projects.map((p) => p.completion)).toEqual(rows.map((r) => r.completion_pct));
    expect(report.projects.map((p) => p.score)).toEqual(rows.map((r) => r.score));
    expect(report.summary.projectCount).toBe(rows.length);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s: a claim for each declared figure the text states', (_id, c) => {
    const report = reportOf(c);
    const declared = c.truth.declared ?? null;
    const counts = claimsOf(report, 'projectCount').map((x) => x.value);
    if (declared?.project_count != null && COUNT_NOT_WRITTEN[c.id]) {
      expect(counts).toEqual([]);
      expect(report.summary.projectCount).toBe(declared.project_count);
    } else if (declared?.project_count != null) {
      expect(counts).toContain(declared.project_count);
    } else expect(counts).toEqual([]);
    const totalWan = declared?.total_amount;
    if (totalWan != null) {
      // a form declares its total in its 年度资金总额 row, in the form's own unit, written with a unit or not
      const inForms = formTotalsWan(report);
      if (writtenAmountsWan(c.bytes.toString('utf8')).includes(totalWan) || inForms.length > 0) {
        const totals = claimsOf(report, 'totalAmount').map((x) => toNumber(toWan(readAmount(String(x.value))!, x.unit)));
        expect([...totals, ...inForms]).toContain(totalWan);
      }
    }
    const distributions = claimsOf(report, 'completionDistribution').map((d) => d.value.map((l) => [l.level, l.count]));
    if (declared?.distribution) expect(distributions).toContainEqual(declared.distribution.map((l) => [l.level, l.count]));
    else expect(distributions).toEqual([]);
    // a form's 总分 得分 is its self-score, declared in the form rather than in prose
    const proseScores = claimsOf(report, 'selfScore').map((x) => x.value);
    const formScores = report.forms.flatMap((f) => (f.total?.score != null ? [f.total.score] : []));
    if (declared?.self_score != null) {
      expect([...proseScores, ...formScores]).toContain(declared.self_score);
    } else expect(proseScores).toEqual([]);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s: year, entity and kind', (_id, c) => {
    const { meta } = reportOf(c);
    const text = c.bytes.toString('utf8');
    expect(meta.year).toBe(c.truth.year);
    if (c.truth.entity && text.includes(c.truth.entity)) expect(meta.entity).toBe(c.truth.entity);
    // the truth calls two 项目支出绩效自评表 texts `other`; by their words they are project forms
    const kind = c.truth.kind === 'other' && text.includes('项目支出绩效自评表') ? 'project-form' : c.truth.kind;
    expect(meta.kind).toBe(kind);
  });

  it.skipIf(!corpusAvailable)('jinzhai: the 其中 breakdown, the itemisations (one open-ended) and the other town’s name', () => {
    const c = byId('jinzhai-mabu-town-2023');
    const report = reportOf(c);
    const breakdowns = claimsOf(report, 'breakdown').map((b) => b.value);
    expect(breakdowns[0]).toEqual({
      whole: 755.19,
      parts: [
        { label: '中央级资金转移支付', value: 124.23 },
        { label: '省级资金转移支付', value: 370.83 },
        { label: '市级资金', value: 260.3 },
      ],
      openEnded: false,
    });
    const lists = c.truth['prose_lists'] as { provincial_items: { name: string; amount: number }[]; city_items: { name: string; amount: number }[] };
    expect(breakdowns[1]).toEqual({ whole: 124.23, parts: lists.provincial_items.map((i) => ({ label: i.name, value: i.amount })), openEnded: false });
    expect(breakdowns[2]).toEqual({ whole: 260.3, parts: lists.city_items.map((i) => ({ label: i.name, value: i.amount })), openEnded: true });
    expect(breakdowns).toHaveLength(3);
    const mentions = claimsOf(report, 'entityMention');
    expect(new Set(mentions.map((m) => m.value))).toEqual(new Set(['金寨县麻埠镇人民政府', '金寨县白塔畈镇人民政府']));
    const other = mentions.find((m) => m.value === '金寨县白塔畈镇人民政府')!;
    expect(report.sections.find((s) => s.id === other.sectionId)?.title).toBe('总体绩效目标完成情况分析');
    expect(claimsOf(report, 'totalAmount').map((t) => t.value)).toEqual([755.19, 755.19, 755.19, 755.19]);
  });

  it.skipIf(!corpusAvailable)('tangxi: the 元 breakdowns of the requested and the completed budget', () => {
    const report = reportOf(byId('tangxi-town-cunji-2022'));
    const [requested, completed, ...rest] = claimsOf(report, 'breakdown');
    expect(rest).toEqual([]);
    expect(requested!.unit).toBe('元');
    expect(requested!.value.whole).toBe(2026400);
    expect(requested!.value.parts.map((p) => p.label)).toEqual(['村级组织运转', '村民组长,党小组长基本报酬', '村民监督委员会 工资', '村级事务补助', '村级工作目标奖励']);
    // the truth: its parts add to 1740000元, not 2026400元; the completed budget's parts add up
    expect(requested!.value.parts.reduce((a, p) => a + p.value, 0)).toBe(1740000);
    expect(completed!.value.whole).toBe(1329120.67);
    expect(completed!.value.parts.map((p) => p.value)).toEqual([439120.67, 152000, 28000, 660000, 50000]);
    expect(report.meta).toMatchObject({ township: '棠溪镇', county: '贵池区' });
  });

  it.skipIf(!corpusAvailable)('lanyang and nanxian: breakdown and county', () => {
    const lanyang = reportOf(byId('lanyang-town-xianjie-2023'));
    expect(claimsOf(lanyang, 'breakdown').map((b) => [b.value.whole, b.value.parts.map((p) => p.value)])).toEqual([[1206.591, [729.976, 306, 170.615]]]);
    const nanxian = reportOf(byId('nanxian-xcb-2024'));
    expect(nanxian.meta).toMatchObject({ county: '南县', entity: '中共南县县委宣传部' });
    expect(claimsOf(nanxian, 'totalAmount').map((t) => t.value)).toEqual([44]);
    expect(nanxian.summary.amountTotal).toBe(44);
  });
});
