/**
 * The forms among the real published reports (../shared/corpus), read against
 * their hand-checked truth: the funds total row and its 其中 rows, the
 * indicators (name, levels, target, actual, weight, score) and 总分. Clean
 * layouts must read exactly; OCR, PDF-scrambled and fused layouts must read
 * what they can and invent nothing (every figure read is the truth's).
 */
import { describe, expect, it } from 'vitest';
import type { Form, FundsRow, Indicator } from '../../../src/model.js';
import { readForms } from '../../../src/parse/forms/index.js';
import { labelKey } from '../../../src/parse/forms/label-key.js';
import { rateOf } from '../../../src/parse/forms/form-numbers.js';
import { corpusAvailable, corpusCases, type CorpusCase } from '../../support/corpus.js';
import { textDoc } from '../support.js';

type Mode = 'exact' | 'partial';
/** exact: the layout is clean enough to read all of it; partial: OCR / PDF / fused cells, read what is sure */
const FORMS: Record<string, Mode> = {
  'langfang-spgcxx-nuantong-2019': 'exact',
  'tangxi-town-cunji-2022': 'exact',
  scqs_qingshen_fgj_2023_gzxzc: 'exact',
  yn_yongde_mlzx_2022_yygs: 'exact',
  gz_suiyang_taibai_dept_form_2021: 'exact',
  ah_xiaoxian_zhangzhuangzhai_hexi_2023: 'exact',
  cq_zhongxian_tujing_form_2021: 'exact',
  yn_lijiang_gucheng_weipian_2020: 'exact',
  yn_linxiang_maluken_linchang_2023: 'exact',
  yn_shidian_nyj_xinxingzhuti_2019: 'exact',
  bj_haidian_xueyuanlu_baojie_2016: 'partial',
  ah_shouxian_dept_score_2023: 'partial',
  hb_xinzhou_chujutuan_2020_yanchushebei: 'partial',
  sh_putuo_tiyu_2022_jiesuan: 'partial',
  hb_xiangyang_zxyy_dongjin_2021: 'partial',
  nx_yuanzhou_malingshu_2022: 'partial',
  hi_wenchang_lyj_miaopu_2017: 'partial',
};

interface TruthFunds {
  total: (number | null)[];
  subRows: [string, (number | null)[]][];
  /** the truth lists every 其中 row (a `funds` block), or only some (lines of `declared.other`) */
  allSubRows: boolean;
}
interface TruthIndicator {
  name: string;
  level1: string | null;
  level2: string | null;
  target: string | null;
  actual: string | null;
  weight: number | null;
  score: number | null;
}

const FIELDS = ['initial', 'adjusted', 'executed', 'weight', 'rate', 'score'] as const;

function truthNumber(v: unknown): number | null {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return rateOf(v);
  return null;
}

/** The truth's funds: a `funds` block, or the `年度资金总额 …` line of `declared.other`. */
function truthFunds(c: CorpusCase): TruthFunds | null {
  const funds = c.truth['funds'] as Record<string, unknown> | undefined;
  if (funds) {
    const total = [funds['initial'], funds['adjusted'], funds['executed'], funds['weight'], funds['rate_stated'], funds['score_stated']].map(truthNumber);
    const sub = Object.entries((funds['sub_rows'] ?? {}) as Record<string, unknown[]>).map(([label, values]) => [label, values.map(truthNumber)] as [string, (number | null)[]]);
    return { total, subRows: sub, allSubRows: true };
  }
  const line = c.truth.declared?.other?.find((o) => /^年度资金总额/.test(o));
  if (!line) return null;
  const numbersIn = (s: string) => [...s.replace(/\([^)]*\)/g, '').matchAll(/\d+(\.\d+)?/g)].map((m) => Number(m[0]));
  const numbers = numbersIn(line.replace(/^年度资金总额:?/, ''));
  const subRows = (c.truth.declared?.other ?? [])
    .filter((o) => /^其中/.test(o))
    .map((o) => [o.replace(/\s*\d.*$/, ''), numbersIn(o.replace(/^[^\d]*/, ''))] as [string, (number | null)[]]);
  return numbers.length === 6 ? { total: numbers, subRows, allSubRows: false } : null;
}

function truthIndicators(c: CorpusCase): TruthIndicator[] {
  const list = (c.truth['indicators'] ?? c.truth['indicator_rows'] ?? []) as Record<string, unknown>[];
  const text = (v: unknown) => (typeof v === 'string' ? v.replace(/\(cut\)$/, '') : typeof v === 'number' ? String(v) : null);
  return list
    .filter((r) => !r['placeholder'])
    .map((r) => ({
      name: text(r['level3'] ?? r['name'])!,
      level1: text(r['level1']),
      level2: text(r['level2']),
      target: [r['nature'], r['target'], r['unit']].map(text).filter((t) => t !== null).join('') || null,
      actual: text(r['actual']),
      weight: truthNumber('weight_printed' in r ? r['weight_printed'] : r['weight']),
      score: truthNumber(r['score']),
    }));
}

const numbersOf = (row: FundsRow) => FIELDS.map((f) => row[f]);
const levelKey = (s: string | null) => (s === null ? null : labelKey(s).replace(/\(\d+(\.\d+)?分\)/, ''));

const cases = corpusCases().filter((c) => c.id in FORMS);
const formsOf = new Map<string, Form[]>(cases.map((c) => [c.id, readForms(textDoc(c.bytes.toString('utf8'), c.textPath).blocks)]));

describe.skipIf(!corpusAvailable)('forms in the real reports (../shared/corpus)', () => {
  it('has every form of the corpus', () => {
    expect(cases.map((c) => c.id).sort()).toEqual(Object.keys(FORMS).sort());
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s: found by its shape', (_id, c) => {
    const forms = formsOf.get(c.id)!;
    const expectedKind = c.truth.kind === 'department-form' ? 'department' : 'project';
    if (FORMS[c.id] === 'exact') expect(forms).toHaveLength(1);
    else expect(forms.length).toBeLessThanOrEqual(2);
    for (const f of forms) expect(f.kind).toBe(expectedKind);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s: the funds rows as the truth lists them', (_id, c) => {
    const form = formsOf.get(c.id)![0];
    const truth = truthFunds(c);
    if (!form || !truth) return;
    const total = form.funds.find((r) => r.role === 'total');
    if (FORMS[c.id] === 'exact') {
      expect(total && numbersOf(total)).toEqual(truth.total);
      const listed = new Set(truth.subRows.map(([l]) => labelKey(l)));
      const subRows = form.funds.filter((r) => r.role !== 'total' && (truth.allSubRows || listed.has(labelKey(r.label))));
      expect(subRows.map((r) => labelKey(r.label))).toEqual(truth.subRows.map(([l]) => labelKey(l)));
      subRows.forEach((r, k) => expect(numbersOf(r).filter((v) => v !== null)).toEqual(truth.subRows[k]![1].filter((v) => v !== null)));
    } else {
      // nothing invented: a figure read is the truth's figure
      if (total) numbersOf(total).forEach((v, k) => v === null || expect(v).toBe(truth.total[k]));
      const truthLabels = new Set(truth.subRows.map(([l]) => labelKey(l)));
      for (const r of form.funds.filter((x) => x.role !== 'total')) {
        if (!truthLabels.has(labelKey(r.label))) continue;
        const allowed = truth.subRows.find(([l]) => labelKey(l) === labelKey(r.label))![1];
        numbersOf(r).forEach((v) => v === null || expect(allowed).toContain(v));
      }
    }
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s: the indicators as the truth lists them', (_id, c) => {
    const form = formsOf.get(c.id)![0];
    const truth = truthIndicators(c);
    const read: Indicator[] = form?.indicators ?? [];
    const view = (i: TruthIndicator | Indicator, levels: boolean) => ({
      name: labelKey(i.name),
      level1: levels ? levelKey(i.level1) : null,
      level2: levels ? levelKey(i.level2) : null,
      target: i.target,
      actual: i.actual,
      weight: i.weight,
      score: i.score,
    });
    const levels = truth.some((t) => t.level1 !== null);
    if (FORMS[c.id] === 'exact') {
      expect(read.map((i) => view(i, levels))).toEqual(truth.map((t) => view(t, levels)));
    } else {
      // nothing invented: an indicator with a figure is one of the truth's, with the truth's figures
      for (const i of read.filter((x) => x.weight !== null || x.score !== null)) {
        const t = truth.find((x) => labelKey(x.name) === labelKey(i.name));
        expect(t, i.name).toBeDefined();
        if (i.weight !== null) expect(i.weight).toBe(t!.weight);
        if (i.score !== null) expect(i.score).toBe(t!.score);
      }
    }
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s: 总分 as stated', (_id, c) => {
    const form = formsOf.get(c.id)![0];
    if (!form?.total) return;
    const weight = (c.truth['total_weight_stated'] ?? null) as number | null;
    const score = (c.truth['total_score_stated'] ?? c.truth.declared?.self_score ?? null) as number | null;
    if (form.total.weight !== null) expect(form.total.weight).toBe(weight);
    if (form.total.score !== null) expect(form.total.score).toBe(score);
  });

  it.each(corpusCases().filter((c) => !(c.id in FORMS)).map((c) => [c.id, c] as const))('%s: no form in a report without one', (_id, c) => {
    expect(readForms(textDoc(c.bytes.toString('utf8'), c.textPath).blocks)).toEqual([]);
  });

  it.skipIf(!corpusAvailable)('read exactly: the clean layouts, header fields and group weights', () => {
    const langfang = formsOf.get('langfang-spgcxx-nuantong-2019')![0]!;
    expect([langfang.projectName, langfang.department, langfang.implementer, langfang.unit, langfang.year]).toEqual([
      '办公宿舍楼、食堂及餐厅暖通改造经费',
      '廊坊市发改委',
      '廊坊市食品工程学校',
      '万元',
      2019,
    ]);
    const lijiang = formsOf.get('yn_lijiang_gucheng_weipian_2020')![0]!;
    expect([lijiang.implementer, lijiang.department, lijiang.unit]).toEqual(['麗江市古城區自然資源局', '麗江市自然資源和規劃局', '万元']);
    const tangxi = formsOf.get('tangxi-town-cunji-2022')![0]!;
    expect(tangxi.implementer).toBe('池州市贵池区棠溪镇人民政府');
    expect(tangxi.groups.map((g) => [g.name, g.level, g.weight])).toEqual([
      ['产出指标', 1, 50],
      ['效益指标', 1, 30],
    ]);
    const yongde = formsOf.get('yn_yongde_mlzx_2022_yygs')![0]!;
    expect([yongde.unit, yongde.total?.weight, yongde.total?.score]).toEqual(['元', 100, 96]);
    const gz = formsOf.get('gz_suiyang_taibai_dept_form_2021')![0]!;
    expect([gz.kind, gz.department, gz.funds.map((f) => f.role)]).toEqual(['department', '绥阳县太白镇人民政府', ['total', 'basic', 'project', 'other']]);
    // blank scores are missing, not 0
    const scqs = formsOf.get('scqs_qingshen_fgj_2023_gzxzc')![0]!;
    expect(scqs.indicators.map((i) => [i.weight, i.score])).toEqual([
      [60, null],
      [30, null],
    ]);
    expect(scqs.funds[0]!.score).toBeNull();
    // the fused funds cell splits the one way consistent with its own rate and score
    const bj = formsOf.get('bj_haidian_xueyuanlu_baojie_2016')![0]!;
    expect(numbersOf(bj.funds[0]!)).toEqual([310.2, null, 154.74, 10, 50, 5]);
  });

  it.skipIf(!corpusAvailable)('read back: a PDF text layer that put the funds figures before their labels', () => {
    // the total row is placed by its own score (10 × 215457.6 ÷ 250000 = 8.618 → 8.62), the stranded 86.19% by 10 × 86.19% → 8.62
    const putuo = formsOf.get('sh_putuo_tiyu_2022_jiesuan')![0]!;
    const total = putuo.funds.find((r) => r.role === 'total')!;
    expect(numbersOf(total)).toEqual([250000, 250000, 215457.6, 10, 86.19, 8.62]);
    expect(numbersOf(putuo.funds.find((r) => r.role === 'fiscal')!)).toEqual([250000, 250000, 215457.6, null, null, null]);
    // its indicator figures came before their names too: rows in order, 总分 100 / 98.62 = the rows' 90 / 90 + the funds row's 10 / 8.62
    const truth = truthIndicators(corpusCases().find((c) => c.id === 'sh_putuo_tiyu_2022_jiesuan')!);
    const row = (i: TruthIndicator | Indicator) => [levelKey(i.level2), labelKey(i.name), i.target, i.actual, i.weight, i.score];
    expect(putuo.indicators.map(row)).toEqual(truth.map(row));
    expect([putuo.total?.weight, putuo.total?.score]).toEqual([100, 98.62]);
    // the second form's figures are too few to place: unread
    const second = formsOf.get('sh_putuo_tiyu_2022_jiesuan')![1];
    expect(second?.funds.every((r) => numbersOf(r).every((v) => v === null)) ?? true).toBe(true);
  });

  it.skipIf(!corpusAvailable)('read: a 项目基本信息 table fused into one run, its labels repeated once per column', () => {
    const wenchang = formsOf.get('hi_wenchang_lyj_miaopu_2017')![0]!;
    expect(wenchang.funds.map((r) => [labelKey(r.label), r.role, ...numbersOf(r)])).toEqual([
      ['计划投资额(万元)', 'total', 110, null, 84.74, null, null, null],
      ['中央财政', 'fiscal', null, null, null, null, null, null],
      ['省财政预算', 'fiscal', null, null, null, null, null, null],
      ['市县财政预算', 'fiscal', 110, null, 84.74, null, null, null],
      ['地方债券资金', 'other-income', null, null, null, null, null, null],
    ]);
    expect(wenchang.unit).toBe('万元');
    // its 绩效目标表, fused too: name and target of each row, told apart by the 优/良/中/差 standards that close it
    const truth = truthIndicators(corpusCases().find((c) => c.id === 'hi_wenchang_lyj_miaopu_2017')!);
    const read = wenchang.indicators.filter((i) => i.level1 !== null).map((i) => [i.level1, labelKey(i.name), i.target]);
    expect(read).toEqual(truth.map((t) => [t.level1, labelKey(t.name), t.target]));
  });

  it.skipIf(!corpusAvailable)('read where certain: the OCR forms with fused cells', () => {
    const figured = (f: Form) => f.indicators.filter((i) => i.weight !== null || i.score !== null);
    // hb_xinzhou: 303010100% has a blank lost (分值 10 at 100% in every reading); five fused rows; 总分 10098
    const xinzhou = formsOf.get('hb_xinzhou_chujutuan_2020_yanchushebei')![0]!;
    expect(numbersOf(xinzhou.funds[0]!)).toEqual([null, null, null, 10, 100, null]);
    expect(figured(xinzhou).map((i) => [labelKey(i.name), i.target, i.actual, i.weight, i.score])).toEqual(
      truthIndicators(corpusCases().find((c) => c.id === 'hb_xinzhou_chujutuan_2020_yanchushebei')!).map((t) => [labelKey(t.name), t.target, t.actual, t.weight, t.score]),
    );
    expect(xinzhou.indicators).toHaveLength(5);
    expect([xinzhou.total?.weight, xinzhou.total?.score]).toEqual([100, 98]);
    // nx_yuanzhou: the 自治区补助 row cut over three lines, 300 written in the header row, 6 of 11 rows certain, 项目总得分99分
    const nx = formsOf.get('nx_yuanzhou_malingshu_2022')![0]!;
    expect(nx.funds.filter((r) => numbersOf(r).some((v) => v !== null)).map((r) => [r.role, labelKey(r.label), ...numbersOf(r)])).toEqual([
      ['total', '年度资金总额', null, 300, null, null, null, null],
      ['fiscal', '自治区补助', null, 300, 259.45, null, 86.5, null],
    ]);
    expect(figured(nx)).toHaveLength(6);
    expect(nx.indicators.find((i) => i.name === '指标1免费发放原原种')).toMatchObject({ target: '550万粒', actual: '550万粒', weight: 8, score: 8 });
    expect(nx.goals?.planned).toMatch(/^一是通过政府招标采购方式,采购马铃薯原原种425万粒,.*2500公斤$/);
    expect(nx.groups.map((g) => [g.name, g.weight])).toEqual([['产出指标', 40], ['效益指标', 40], ['满意度指标', 20]]);
    expect(nx.total?.score).toBe(99);
    // hb_xiangyang: 资金总额10001000100%20 split as 1000 | 1000 | 100% | 20, the (20分) of the block its weight
    const xiangyang = formsOf.get('hb_xiangyang_zxyy_dongjin_2021')![0]!;
    expect(numbersOf(xiangyang.funds[0]!)).toEqual([null, 1000, 1000, 20, 100, 20]);
  });
});
