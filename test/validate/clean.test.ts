/**
 * Reports whose figures agree must raise no error or warning: hand-built ones
 * in several table shapes, and generated ones (the bench generator, no
 * contradiction planted) in every text layout and as .docx, through the whole
 * pipeline. Planted contradictions, for contrast, must be found.
 */
import { describe, expect, it } from 'vitest';
import { createRng } from '../../bench/prng.js';
import { reportBlocks } from '../../bench/report-blocks.js';
import { renderDocx } from '../../bench/render-docx.js';
import { renderText, TEXT_LAYOUTS } from '../../bench/render-text.js';
import { seedProjects } from '../../bench/seed-projects.js';
import { synthReport, type Contradiction, type SynthReport } from '../../bench/synth-report.js';
import { checkBytes } from '../../src/pipeline.js';
import { validate } from '../../src/validate/index.js';
import { expectValidReport } from '../support/schema.js';
import { buildReport, claim, codes, level, row, section, table } from './support.js';

const template = [
  section('s1', '绩效自评工作组织开展情况', 3, '一、'),
  section('s2', '绩效目标实现情况', 9, '二、'),
  section('s3', '绩效目标设定质量情况', 90, '三、'),
  section('s4', '整改措施及结果应用', 95, '四、'),
];

describe('clean hand-built reports', () => {
  it('a seed-like table in 万元 with a consistent count, total, distribution and score', () => {
    const rows = [
      row('农村人居环境整治', 120.5, { completion: 100, score: 98 }),
      row('乡村道路硬化工程', 300.25, { completion: 100, score: 96 }),
      row('森林防火专项经费', 5, { completion: 60, score: 80 }),
      row('河长制工作经费', 12.21, { completion: 0, score: 0 }),
    ];
    const report = validate(
      buildReport({
        meta: { title: '2023年度某某镇人民政府整体绩效自评报告', entity: '某某镇人民政府', township: '某某镇' },
        sections: template,
        rows,
        claims: [
          claim.projectCount(4, { line: 7 }),
          claim.totalAmount(437.96, '万元', { line: 7 }),
          claim.distribution([level.exact(100, 2), level.atLeast(50, 1), level.notStarted(1)], { line: 11 }),
          claim.distribution([level.exact(100, 2), level.atLeast(50, 1), level.notStarted(1)], { line: 20 }),
          claim.selfScore(68.5),
          claim.entityMention('某县某某镇人民政府'),
          claim.entityMention('某县财政局'),
        ],
      }),
    );
    expectValidReport(report);
    expect(report.findings).toEqual([]);
    expect(report.summary.status).toBe('ok');
  });

  it('a table in 元 without a department column, with a 合计 row', () => {
    const t = table('t1', ['index', 'name', 'amount', 'completion', 'score'], '元');
    const rows = [row('村级组织运转', 400000, { unit: '元', department: null, completion: 100, score: 95 }), row('村级事务补助', 960000.5, { unit: '元', department: null, completion: 100, score: 97 })];
    const report = validate(
      buildReport({ tables: [t], rows, claims: [claim.tableTotal('t1', 1360000.5, '元'), claim.projectCount(2, { line: 7 }), claim.totalAmount(136.00005, '万元', { line: 7 }), claim.selfScore(96)] }),
    );
    expect(codes(report)).toEqual([]);
  });

  it('two tables and names that differ only in a village', () => {
    const report = validate(
      buildReport({
        tables: [table('t1'), table('t2', ['name', 'amount', 'score'])],
        rows: [row('东庄村道路硬化', 50, { completion: 100, score: 100 }), row('西庄村道路硬化', 50, { completion: 100, score: 100 }), row('文化广场维修', 8, { tableId: 't2', score: 90 })],
        claims: [claim.projectCount(3, { line: 7 }), claim.totalAmount(108, '万元', { line: 7 })],
      }),
    );
    expect(codes(report)).toEqual([]);
  });

  it('a numbered prose list with amounts (nanxian-like)', () => {
    const report = validate(
      buildReport({
        meta: { kind: 'department-summary', entity: '中共南县县委宣传部' },
        proseRows: [row('理论学习专项', 12), row('文明创建专项', 13), row('新闻媒体专项', 14), row('扫黄打非专项', 5)],
        claims: [claim.projectCount(4, { line: 9 }), claim.totalAmount(44, '万元', { line: 9 }), claim.entityMention('南县财政局')],
      }),
    );
    expect(report.findings).toEqual([]);
  });
});

const layoutsOf = [...TEXT_LAYOUTS, 'docx'] as const;
const seeds = seedProjects();

async function generated(seed: number, layout: (typeof layoutsOf)[number], contradictionRate: number) {
  const rng = createRng(seed);
  const synth = synthReport(rng, seeds, { rows: rng.int(3, 30), contradictionRate });
  const blocks = reportBlocks(synth, rng);
  const bytes = layout === 'docx' ? await renderDocx(blocks) : new TextEncoder().encode(renderText(blocks, layout));
  const report = await checkBytes(`generated-${seed}.${layout === 'docx' ? 'docx' : 'txt'}`, bytes);
  expectValidReport(report);
  return { synth, report };
}

describe('clean generated reports through the pipeline', () => {
  for (const layout of layoutsOf) {
    it(`${layout}: no error or warning on 8 generated reports with consistent figures`, async () => {
      for (let seed = 1; seed <= 8; seed++) {
        const { synth, report } = await generated(seed * 7919, layout, 0);
        expect({ seed, rows: synth.projects.length, codes: codes(report) }).toEqual({ seed, rows: synth.projects.length, codes: [] });
        expect(report.projects).toHaveLength(synth.projects.length);
      }
    });
  }
});

/** The code each planted contradiction must raise (others may follow from it, e.g. a wrong count also breaks the distribution sum). */
const PLANTED: Record<Contradiction, string> = {
  count: 'count-mismatch',
  total: 'total-mismatch',
  distribution: 'distribution-mismatch',
  'duplicate-row': 'duplicate-project',
  score: 'score-mismatch',
};

/** The rule's own oracle, from the generator's exact facts: more than 1 point from the mean and from the weighted mean. */
function scoreFarFromBoth(synth: SynthReport): boolean {
  const n = synth.projects.length;
  const mean = synth.projects.reduce((s, p) => s + p.score, 0) / n;
  const weight = synth.projects.reduce((s, p) => s + p.yuan, 0);
  const weighted = synth.projects.reduce((s, p) => s + p.score * p.yuan, 0) / weight;
  return Math.abs(synth.declared.score - mean) > 1 && Math.abs(synth.declared.score - weighted) > 1;
}

describe('planted contradictions in generated reports', () => {
  it('each planted contradiction is found (tab-cell-lines and docx)', async () => {
    let planted = 0;
    for (const layout of ['tab-cell-lines', 'docx'] as const) {
      for (let seed = 1; seed <= 25; seed++) {
        const { synth, report } = await generated(seed * 104729, layout, 1);
        for (const c of synth.contradictions) {
          if (c === 'score' && !scoreFarFromBoth(synth)) continue; // a planted score may land near the amount-weighted mean
          planted += 1;
          expect({ seed, layout, planted: c, codes: codes(report) }).toEqual({ seed, layout, planted: c, codes: expect.arrayContaining([PLANTED[c]]) });
        }
      }
    }
    expect(planted).toBeGreaterThan(40);
  });
});
