// Each batch rule on small generated batches: what it finds, and what it must leave alone (template wording, standard allocations, other years).
import { describe, expect, it } from 'vitest';
import { batchBlocks, consistentReport, ownSentence, projectPool, synthProjects } from '../../bench/synth-batch.js';
import { createRng } from '../../bench/prng.js';
import { renderText } from '../../bench/render-text.js';
import type { SynthProject } from '../../bench/synth-report.js';
import { batchRules } from '../../src/batch/catalogue.js';
import { batchOf, pairLines, type NamedBytes } from './support.js';

const rng = createRng(42);
const nextName = projectPool(rng);
const TOWNS = ['神星镇', '石井乡', '白龙乡', '要庄乡', '坨南乡', '贤台乡'] as const;

interface Spec {
  name: string;
  township: string;
  year?: number;
  projects?: SynthProject[];
  prose?: string[];
}

const own = (n = 6) => Array.from({ length: n }, () => ownSentence(rng));
const projects = (township: string, n = 6) => synthProjects(rng, township, n, nextName);

function file(spec: Spec): NamedBytes {
  const report = consistentReport({ year: spec.year ?? 2022, county: '满城区', township: spec.township, projects: spec.projects ?? projects(spec.township) });
  return { name: spec.name, bytes: Buffer.from(renderText(batchBlocks(report, rng, spec.prose ?? own()), 'tab-row'), 'utf8') };
}

const plain = (n: number) => TOWNS.slice(0, n).map((t, i) => file({ name: `${i}-${t}.txt`, township: t }));

describe('the batch rule catalogue', () => {
  it('has the four codes with zh and en titles and checks, in the order they run', () => {
    expect(batchRules.map((r) => r.code)).toEqual(['duplicate-submission', 'copied-report', 'shared-project', 'repeated-project']);
    for (const r of batchRules) {
      expect(r.checks.zh).toMatch(/[\u4e00-\u9fa5]/);
      expect(r.checks.en).toMatch(/^[A-Z]/);
    }
  });
});

describe('duplicate-submission', () => {
  it('says so when the same bytes come twice, and reports nothing else for the pair', async () => {
    const [a] = plain(1);
    const result = await batchOf([a!, { name: 'copy-of-a.txt', bytes: a!.bytes }, ...plain(4).slice(1)]);
    expect(pairLines(result)).toEqual([`duplicate-submission ${a!.name} copy-of-a.txt`]);
    expect(result.pairs[0]!.forA.message).toContain('字节完全相同');
    expect(result.pairs[0]!.forA.details).toMatchObject({ identical: true });
  });

  it('does not pair one body’s reports of different years', async () => {
    const result = await batchOf([file({ name: 'a-2021.txt', township: '神星镇', year: 2021 }), file({ name: 'a-2022.txt', township: '神星镇' }), ...plain(4).slice(1)]);
    expect(result.pairs.filter((p) => p.code === 'duplicate-submission')).toEqual([]);
  });
});

describe('copied-report', () => {
  it('finds nothing in reports that share only the template', async () => {
    expect((await batchOf(plain(6))).pairs).toEqual([]);
  });

  it('discounts wording many reports of the batch share, but not the same wording in just two', async () => {
    const county = own(6);
    const many = TOWNS.map((t, i) => file({ name: `${i}.txt`, township: t, prose: [...county, ...own(2)] }));
    expect((await batchOf(many)).pairs).toEqual([]);
    const two = TOWNS.map((t, i) => file({ name: `${i}.txt`, township: t, prose: i < 2 ? [...county, ...own(2)] : own(8) }));
    expect(pairLines(await batchOf(two))).toEqual(['copied-report 0.txt 1.txt']);
  });

  it('does not count a couple of shared sentences as a copy', async () => {
    const shared = own(2);
    const batch = TOWNS.map((t, i) => file({ name: `${i}.txt`, township: t, prose: i < 2 ? [...shared, ...own(6)] : own(8) }));
    expect((await batchOf(batch)).pairs).toEqual([]);
  });

  it('finds two bodies whose tables share most rows (name and amount), and reports the rows once under this code', async () => {
    const rows = projects('神星镇', 8);
    const batch = [
      file({ name: 'a.txt', township: '神星镇', projects: rows }),
      file({ name: 'b.txt', township: '石井乡', projects: [...rows.slice(0, 6).map((p) => ({ ...p, department: '石井乡人民政府本级' })), ...projects('石井乡', 2)] }),
      ...plain(5).slice(2),
    ];
    const result = await batchOf(batch);
    expect(pairLines(result)).toEqual(['copied-report a.txt b.txt']);
    expect(result.pairs[0]!.forA.details).toMatchObject({ sharedRows: 6, sharedPassages: 0 });
    expect(result.pairs[0]!.forB.evidence.filter((e) => e.kind === 'row')).toHaveLength(6);
  });
});

describe('shared-project', () => {
  const shared = (): SynthProject => projects('x', 1)[0]!;

  it('finds one project and amount in two bodies’ reports of one year', async () => {
    const p = shared();
    const batch = TOWNS.slice(0, 4).map((t, i) => file({ name: `${i}.txt`, township: t, projects: i < 2 ? [p, ...projects(t, 5)] : projects(t, 6) }));
    const result = await batchOf(batch);
    expect(pairLines(result)).toEqual(['shared-project 0.txt 1.txt']);
    expect(result.pairs[0]!.forA.actual).toBe(p.yuan);
  });

  it('leaves out other years, other amounts, and allocations a sizeable share of the batch lists alike', async () => {
    const p = shared();
    const years = await batchOf(TOWNS.slice(0, 4).map((t, i) => file({ name: `${i}.txt`, township: t, year: 2020 + i, projects: [p, ...projects(t, 5)] })));
    expect(years.pairs).toEqual([]);
    const amounts = await batchOf(TOWNS.slice(0, 4).map((t, i) => file({ name: `${i}.txt`, township: t, projects: [{ ...p, yuan: p.yuan + i * 1000 }, ...projects(t, 5)] })));
    expect(amounts.pairs).toEqual([]);
    const standard = await batchOf(TOWNS.slice(0, 5).map((t, i) => file({ name: `${i}.txt`, township: t, projects: i < 3 ? [p, ...projects(t, 5)] : projects(t, 6) })));
    expect(standard.pairs).toEqual([]);
  });
});

describe('repeated-project', () => {
  it('notes one body’s project and amount in two consecutive years, as info', async () => {
    const p = projects('神星镇', 1)[0]!;
    const result = await batchOf([
      file({ name: 'a-2021.txt', township: '神星镇', year: 2021, projects: [p, ...projects('神星镇', 5)] }),
      file({ name: 'a-2022.txt', township: '神星镇', year: 2022, projects: [...projects('神星镇', 5), p] }),
      ...plain(4).slice(1),
    ]);
    expect(pairLines(result)).toEqual(['repeated-project a-2021.txt a-2022.txt']);
    expect(result.pairs[0]!.severity).toBe('info');
  });

  it('does not note years that are not consecutive', async () => {
    const p = projects('神星镇', 1)[0]!;
    const result = await batchOf([
      file({ name: 'a-2020.txt', township: '神星镇', year: 2020, projects: [p, ...projects('神星镇', 5)] }),
      file({ name: 'a-2022.txt', township: '神星镇', year: 2022, projects: [...projects('神星镇', 5), p] }),
      ...plain(4).slice(1),
    ]);
    expect(result.pairs).toEqual([]);
  });
});
