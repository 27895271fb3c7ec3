/**
 * The real corpus (../shared/corpus): every contradiction a truth file lists
 * that a rule here covers is found, and nothing contradicts what the truth
 * file says is consistent. Each case states its full error/warning list, so a
 * new false alarm fails here.
 */
import { describe, expect, it } from 'vitest';
import { checkBytes } from '../../src/pipeline.js';
import type { Finding, Report } from '../../src/model.js';
import { corpusAvailable, corpusCases, type CorpusCase } from '../support/corpus.js';
import { expectValidReport } from '../support/schema.js';
import { codes } from './support.js';

const cases = new Map(corpusCases().map((c) => [c.id, c]));

async function checkCase(id: string): Promise<Report> {
  const c = cases.get(id) as CorpusCase;
  const report = await checkBytes(c.textPath, c.bytes);
  expectValidReport(report);
  return report;
}

const of = (report: Report, code: string): Finding[] => report.findings.filter((f) => f.code === code);

/** The error and warning codes each case must produce, no more and no fewer (covered contradictions only). */
const EXPECTED: Record<string, string[]> = {
  // breakdown ×2, 10 projects vs 3 + 5 named, another town named, and 10 projects declared but none listed
  'jinzhai-mabu-town-2023': ['breakdown-mismatch', 'breakdown-mismatch', 'distribution-sum-mismatch', 'entity-mismatch', 'no-project-table'],
  // 2026400元 vs its components 1740000元 (the 0/0/0 total row is a form check no rule here covers)
  'tangxi-town-cunji-2022': ['breakdown-mismatch'],
  'lanyang-town-xianjie-2023': [],
  'nanxian-xcb-2024': [],
  'gushi-zushimiao-town-2024': [],
  'langfang-spgcxx-nuantong-2019': [],
  'scqs_qingshen_fgj_2023_gzxzc': [],
  // form-level arithmetic (weights, execution rates, indicator scores) is outside this catalogue
  'yn_yongde_mlzx_2022_yygs': [],
  'sh_putuo_tiyu_2022_jiesuan': [],
  'hb_xinzhou_chujutuan_2020_yanchushebei': [],
};

describe.skipIf(!corpusAvailable)('corpus', () => {
  it('has an expectation for every case in the corpus', () => {
    expect([...cases.keys()].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [id, expected] of Object.entries(EXPECTED)) {
    it(`${id}: ${expected.length ? expected.join(', ') : 'no error or warning'}`, async () => {
      expect(codes(await checkCase(id))).toEqual([...expected].sort());
    });
  }

  it('jinzhai: both 其中 breakdowns, with their wholes and sums; the 等 list only noted', async () => {
    const report = await checkCase('jinzhai-mabu-town-2023');
    const breakdowns = of(report, 'breakdown-mismatch').map((f) => [f.severity, f.expected, f.actual]);
    expect(breakdowns).toEqual([
      ['error', 755.19, 755.36],
      ['error', 124.23, 146.95],
      ['info', 260.3, 260],
    ]);
  });

  it('jinzhai: 10 projects declared but the distribution accounts for 8', async () => {
    const report = await checkCase('jinzhai-mabu-town-2023');
    const [f] = [...of(report, 'distribution-sum-mismatch'), ...of(report, 'count-mismatch')].filter((x) => x.severity === 'error');
    expect(f).toMatchObject({ expected: 10, actual: 8 });
  });

  it('jinzhai: 白塔畈镇 named in a 麻埠镇 report, and nothing else flagged as another entity', async () => {
    const report = await checkCase('jinzhai-mabu-town-2023');
    const [f, ...rest] = of(report, 'entity-mismatch');
    expect(rest).toEqual([]);
    expect(f!.actual).toBe('金寨县白塔畈镇人民政府');
    expect(f!.evidence[0]).toMatchObject({ kind: 'claim', quote: expect.stringContaining('白塔畈镇') });
  });

  it('jinzhai: the total 755.19 and the count 10, each stated four times, raise no conflict', async () => {
    expect(of(await checkCase('jinzhai-mabu-town-2023'), 'claim-conflict')).toEqual([]);
  });

  it('tangxi: 2026400元 against 1740000元, while the executed 1329120.67元 adds up', async () => {
    const report = await checkCase('tangxi-town-cunji-2022');
    expect(of(report, 'breakdown-mismatch').map((f) => [f.expected, f.actual])).toEqual([[2026400, 1740000]]);
  });
});
