// The must-show: a generated batch with planted cases gives exactly the planted batch findings, and none for the report that shares only the template.
import { beforeAll, describe, expect, it } from 'vitest';
import { plantedBatch, type PlantedBatch } from '../../bench/synth-batch.js';
import type { BatchResult } from '../../src/batch/run-batch.js';
import { batchOf, pairLines } from './support.js';

let batch: PlantedBatch;
let result: BatchResult & { names: string[] };

beforeAll(async () => {
  batch = await plantedBatch();
  result = await batchOf(batch.files);
}, 120_000);

describe('a planted batch', () => {
  it('gives exactly the planted batch findings', () => {
    const planted = batch.planted.map((p) => `${p.code} ${p.files[0]} ${p.files[1]}`);
    expect(pairLines(result).sort()).toEqual(planted.sort());
  });

  it('gives none for the report that shares only the template sentences', () => {
    const index = result.names.indexOf(batch.templateOnly);
    expect(index).toBeGreaterThanOrEqual(0);
    expect(result.byReport.get(index)).toBeUndefined();
  });

  it('puts each finding in both reports, each naming the other file in its message and evidence', () => {
    for (const p of result.pairs) {
      expect(result.byReport.get(p.a)).toContain(p.forA);
      expect(result.byReport.get(p.b)).toContain(p.forB);
      for (const [f, other] of [[p.forA, p.fileB], [p.forB, p.fileA]] as const) {
        expect(f.message).toContain(other);
        expect(f.messageEn).toContain(other);
        expect(f.evidence.some((e) => e.kind === 'otherReport' && e.path === other)).toBe(true);
      }
    }
  });

  it('shows the copy by its matching passages in both files, with locations in each', () => {
    const copy = result.pairs.find((p) => p.code === 'copied-report');
    expect(copy).toBeDefined();
    // each own passage is followed by the other file's
    const evidence = copy!.forA.evidence;
    const own = evidence.flatMap((e, k) => (e.kind === 'quote' ? [[e, evidence[k + 1]] as const] : []));
    expect(own.length).toBeGreaterThanOrEqual(3);
    own.forEach(([e, other]) => {
      expect(other?.kind === 'otherReport' && other.path === copy!.fileB && e.quote === other.quote).toBe(true);
      // the original is text (lines), the copy a .docx (blocks)
      expect(e.location?.line).toBeGreaterThan(0);
      expect(other?.location?.block).toBeGreaterThanOrEqual(0);
    });
  });

  it('says what differs between one body’s two reports: the figures and the rows', () => {
    const dup = result.pairs.find((p) => p.code === 'duplicate-submission')!;
    expect(dup.forA.details).toMatchObject({ identical: false, rowsOnlyHere: 1, rowsOnlyThere: 2 });
    expect(dup.forA.details?.figures).toEqual(expect.arrayContaining(['declaredProjectCount', 'declaredTotalWan', 'amountTotal']));
    expect(dup.forA.message).toContain('仅本报告有1个项目、仅对方有2个项目');
  });
});
