/**
 * The real prose reports of ../shared/corpus through the whole pipeline
 * (checkBytes): the projects they list in prose are read with their amounts,
 * the rates they state with their figures are checked and agree, and none of
 * their `consistent` checks raises an error or warning from the claims and
 * rules of prose reports (counts, totals, rates, conflicts).
 */
import { describe, expect, it } from 'vitest';
import { checkBytes } from '../../src/pipeline.js';
import type { Report } from '../../src/model.js';
import { corpusAvailable, corpusCases } from '../support/corpus.js';
import { expectValidReport } from '../support/schema.js';

const cases = new Map(corpusCases().map((c) => [c.id, c]));

async function check(id: string): Promise<Report> {
  const c = cases.get(id)!;
  const report = await checkBytes(c.textPath, c.bytes);
  expectValidReport(report);
  return report;
}

const PROSE = [
  'cq_fengdu_jiangchi_town_2023',
  'cq_zhongxian_jinsheng_zhuanyi_2022',
  'gd_xuwen_xiaqiao_town_2024',
  'hi_xiuying_swj_xianjie_2022',
  'ha_mianchi_meilixiangcun_2019',
  'jx_nanchang_lieshilingyuan_2022',
  'zj_dongyang_wenguanglv_2020',
  'xx_jiedao_manwai_gongyi_2025',
  'yn_yuanyang_daping_town_2021',
  'jinzhai-mabu-town-2023',
  'lanyang-town-xianjie-2023',
  'nanxian-xcb-2024',
  'gushi-zushimiao-town-2024',
];

/** the rules prose claims feed: none may raise an error or warning on a consistent prose report */
const PROSE_RULES = ['count-mismatch', 'total-mismatch', 'claim-conflict', 'rate-claim-mismatch', 'no-project-table'];

/** what the truth lists as a contradiction these rules cover */
const EXPECTED_PROSE_FINDINGS: Record<string, string[]> = {
  // 10 projects declared, none listed (the rates are named, not listed with amounts)
  'jinzhai-mabu-town-2023': ['no-project-table'],
};

describe.skipIf(!corpusAvailable)('prose reports of the corpus', () => {
  for (const id of PROSE) {
    it(`${id}: no false alarm from the prose claims`, async () => {
      const report = await check(id);
      const raised = report.findings.filter((f) => f.severity !== 'info' && PROSE_RULES.includes(f.code)).map((f) => f.code);
      expect(raised.sort()).toEqual(EXPECTED_PROSE_FINDINGS[id] ?? []);
    });
  }

  it.each([
    'jx_nanchang_lieshilingyuan_2022',
    'ha_mianchi_meilixiangcun_2019',
    'cq_fengdu_jiangchi_town_2023',
    'hi_xiuying_swj_xianjie_2022',
    'nanxian-xcb-2024',
    'lanyang-town-xianjie-2023',
    'yn_yuanyang_daping_town_2021',
    'cq_zhongxian_jinsheng_zhuanyi_2022',
    'xx_jiedao_manwai_gongyi_2025',
  ])(
    '%s: the projects listed in prose, with their amounts and stated rates',
    async (id) => {
      const report = await check(id);
      const rows = cases.get(id)!.truth.rows;
      expect(report.projects.map((p) => [p.name, p.amount, p.completion])).toEqual(rows.map((r) => [r.name, r.amount, r.completion_pct]));
    },
  );

  it.each([
    ['gd_xuwen_xiaqiao_town_2024', [[2024.05, 2024.05, 100]]],
    ['zj_dongyang_wenguanglv_2020', [[1050, 1050, 100]]],
    ['jx_nanchang_lieshilingyuan_2022', [[35.3, 35.3, 100], [20, 20, 100], [20, 20, 100], [1616, 1616, 100]]],
  ] as const)('%s: each stated rate is read with its own figures, checked, and agrees', async (id, expected) => {
    const report = await check(id);
    const rates = report.claims.flatMap((c) => (c.type === 'rate' && c.of ? [[c.of.numerator, c.of.denominator, c.value]] : []));
    expect(rates).toEqual(expected);
    expect(report.summary.checks.find((c) => c.code === 'rate-claim-mismatch')).toMatchObject({ ran: true });
    expect(report.findings.filter((f) => f.code === 'rate-claim-mismatch')).toEqual([]);
  });

  it('hi_xiuying: no spending figure, so no execution rate is invented', async () => {
    const report = await check('hi_xiuying_swj_xianjie_2022');
    expect(report.claims.filter((c) => c.type === 'executedAmount')).toEqual([]);
    expect(report.claims.flatMap((c) => (c.type === 'rate' ? [[c.kind, c.value, c.of]] : []))).toEqual([['completion', 100, null]]);
  });

  it('hi_xiuying: 完成年度建设项目1个 is the report’s count, checked against its one project, and 共下达105万元 its total', async () => {
    const report = await check('hi_xiuying_swj_xianjie_2022');
    expect(report.claims.flatMap((c) => (c.type === 'projectCount' || c.type === 'totalAmount' ? [[c.type, c.value]] : []))).toEqual([
      ['totalAmount', 105],
      ['projectCount', 1],
    ]);
    expect(report.summary.checks.find((c) => c.code === 'count-mismatch')).toMatchObject({ ran: true });
    expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('yn_yuanyang: the one-item 其中 (项目管理费) of each project’s fund is a share, not a breakdown to add up', async () => {
    const report = await check('yn_yuanyang_daping_town_2021');
    expect(report.claims.filter((c) => c.type === 'breakdown')).toEqual([]);
    expect(report.findings.filter((f) => f.code === 'breakdown-mismatch')).toEqual([]);
  });

  it('cq_fengdu: 16 names closed by 等102个项目 are a partial list, the count declared, and no contradiction', async () => {
    const report = await check('cq_fengdu_jiangchi_town_2023');
    expect(report.claims.flatMap((c) => (c.type === 'projectCount' ? [c.value] : []))).toEqual([102]);
    expect(report.findings.filter((f) => f.code === 'count-mismatch').map((f) => f.severity)).toEqual(['info']);
  });

  it('gushi: one project named only in passing: zero rows, and the report is not called checked', async () => {
    const report = await check('gushi-zushimiao-town-2024');
    expect(report.projects).toEqual([]);
    expect(report.summary.status).toBe('unchecked');
  });
});
