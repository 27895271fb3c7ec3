/**
 * The seed report through the whole pipeline (ingest → parse → validate), and
 * mutations of its text: each change must produce exactly the findings it
 * should, on top of the seed's own four.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkBytes } from '../../src/pipeline.js';
import type { Report } from '../../src/model.js';
import { expectValidReport } from '../support/schema.js';
import { codes } from './support.js';

const seedPath = new URL('../../fixtures/shenxing-2022-summary.txt', import.meta.url);
const seedText = readFileSync(seedPath, 'utf8');
const SEED_FOUR = ['claim-conflict', 'distribution-mismatch', 'possible-duplicate', 'score-mismatch'];

async function check(text: string, name = 'shenxing-2022-summary.txt'): Promise<Report> {
  const report = await checkBytes(name, new TextEncoder().encode(text));
  expectValidReport(report);
  return report;
}

/** The text with one replacement that must happen exactly once. */
function mutate(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`mutation anchor not unique: ${JSON.stringify(from)}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** One project row of the seed's flattened table: five tab-prefixed cells and a blank line. */
function rowBlock(name: string): string {
  const at = seedText.indexOf(`\t${name}\n`);
  const start = seedText.lastIndexOf('\t神星镇人民政府本级\n', at);
  const end = seedText.indexOf('\n\n', at) + 2;
  return seedText.slice(start, end);
}

describe('the seed through the pipeline', () => {
  it('gives exactly distribution-mismatch, claim-conflict, score-mismatch and possible-duplicate', async () => {
    const report = await check(seedText);
    expect(codes(report)).toEqual(SEED_FOUR);
    expect(report.findings.filter((f) => f.severity === 'info')).toEqual([]);
    expect(report.summary).toMatchObject({ errors: 2, warnings: 2, status: 'findings', projectCount: 24 });
  });

  it('reads the distribution as an auditor does (14/4/1/5 declared vs 21/2/1/0 in the table)', async () => {
    const report = await check(seedText);
    const [f] = report.findings.filter((x) => x.code === 'distribution-mismatch');
    const levels = (f!.details as { levels: { declared: number; actual: number }[] }).levels;
    expect(levels.map((l) => [l.declared, l.actual])).toEqual([
      [14, 21],
      [4, 2],
      [1, 1],
      [5, 0],
    ]);
    expect(f!.evidence[0]).toMatchObject({ kind: 'claim', quote: expect.stringContaining('14个') });
  });

  it('quotes both sections in the claim conflict, and both means in the score mismatch', async () => {
    const report = await check(seedText);
    const conflict = report.findings.find((x) => x.code === 'claim-conflict')!;
    const quotes = conflict.evidence.map((e) => (e.kind === 'claim' ? e.quote : ''));
    expect(quotes.some((q) => q.includes('14个'))).toBe(true);
    expect(quotes.some((q) => q.includes('21个'))).toBe(true);
    expect(new Set(conflict.evidence.map((e) => (e.kind === 'claim' ? e.sectionId : null))).size).toBe(2);
    const score = report.findings.find((x) => x.code === 'score-mismatch')!;
    expect(score.details).toMatchObject({ mean: 95.41, weightedMean: 99.35 });
    expect(score.expected).toBe(90);
    const dup = report.findings.find((x) => x.code === 'possible-duplicate')!;
    expect(dup.evidence.map((e) => (e.kind === 'row' ? e.name : ''))).toEqual(['村党组织活动经费', '2022年村党组织活动经费']);
  });
});

describe('the seed in every fixture format', () => {
  const fixtures = [
    'shenxing-2022-summary.docx',
    'shenxing-2022-summary-autonumber.docx',
    'shenxing-2022-summary-merged.docx',
    'shenxing-2022-summary-tracked.docx',
    'shenxing-2022-summary.gb18030.txt',
    'shenxing-2022-summary.utf16le.txt',
    'shenxing-2022-summary.doc',
    'shenxing-2022-summary-tracked.doc',
    'shenxing-2022-summary-office.docx',
    'shenxing-2022-summary.pdf',
  ];
  for (const name of fixtures) {
    it(`${name}: the same four findings`, async () => {
      const bytes = readFileSync(new URL(`../../fixtures/${name}`, import.meta.url));
      const report = await checkBytes(name, bytes);
      expectValidReport(report);
      expect(codes(report, ['error', 'warning', 'info'])).toEqual(SEED_FOUR);
    });
  }
});

describe('mutations of the seed', () => {
  const cases: { name: string; text: () => string; added: string[]; removed?: string[] }[] = [
    {
      name: 'drop a row (村级办公经费, 18万元 at 100%)',
      text: () => mutate(seedText, rowBlock('村级办公经费'), ''),
      // 23 rows vs 24; the sum drops by 18; section 二's 21 at 100% no longer holds
      added: ['count-mismatch', 'distribution-mismatch', 'total-mismatch'],
    },
    {
      name: 'change an amount (18 → 19)',
      text: () => mutate(seedText, '\t村级办公经费\n\t18\n', '\t村级办公经费\n\t19\n'),
      added: ['total-mismatch'],
    },
    {
      name: 'change the declared count (24 → 25)',
      text: () => mutate(seedText, '预算项目24个', '预算项目25个'),
      // both distributions still add up to 24
      added: ['count-mismatch', 'distribution-sum-mismatch', 'distribution-sum-mismatch'],
    },
    {
      name: 'change a distribution count in section 二 (21 → 20)',
      text: () => mutate(seedText, '达到100%的项目有21个', '达到100%的项目有20个'),
      added: ['distribution-mismatch', 'distribution-sum-mismatch'],
    },
    {
      name: 'change a distribution count in section 一 (14 → 15)',
      text: () => mutate(seedText, '达到100%的项目有14个', '达到100%的项目有15个'),
      added: ['distribution-sum-mismatch'],
    },
    {
      name: 'duplicate a row (村级办公经费)',
      text: () => mutate(seedText, rowBlock('村级办公经费'), rowBlock('村级办公经费').repeat(2)),
      added: ['count-mismatch', 'distribution-mismatch', 'duplicate-project', 'total-mismatch'],
    },
    {
      name: 'change the overall score to one the rows support (90 → 95)',
      text: () => mutate(seedText, '自评得分为90分', '自评得分为95分'),
      added: [],
      removed: ['score-mismatch'],
    },
    {
      name: 'change the overall score to another unsupported one (90 → 80)',
      text: () => mutate(seedText, '自评得分为90分', '自评得分为80分'),
      added: [],
    },
  ];

  for (const c of cases) {
    it(`${c.name}: ${c.added.length ? c.added.join(', ') : 'nothing new'}${c.removed ? `, no ${c.removed.join(', ')}` : ''}`, async () => {
      const report = await check(c.text());
      const expected = [...SEED_FOUR.filter((code) => !c.removed?.includes(code)), ...c.added].sort();
      expect(codes(report)).toEqual(expected);
    });
  }

  it('a changed amount is reported with the declared and computed totals', async () => {
    const report = await check(mutate(seedText, '\t村级办公经费\n\t18\n', '\t村级办公经费\n\t19\n'));
    const f = report.findings.find((x) => x.code === 'total-mismatch')!;
    expect(f).toMatchObject({ expected: 2735.649088, actual: 2736.649088 });
    expect(f.evidence.filter((e) => e.kind === 'row')).toHaveLength(24);
  });
});
