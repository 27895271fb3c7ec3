import { describe, expect, it } from 'vitest';
import { checkBytes } from '../../src/pipeline.js';
import { producerDocx, producerSource, producersAvailable } from '../support/producers.js';

/** What an auditor compares across copies of one report: the rows, the headings' titles and the findings. */
async function essentials(name: string, bytes: Uint8Array) {
  const report = await checkBytes(name, bytes);
  return {
    rows: report.projects.map((p) => [p.name, p.amount, p.amountUnit, p.completion, p.score]),
    headings: report.sections.map((s) => s.title),
    findings: report.findings.map((f) => [f.code, f.severity, f.expected, f.actual]),
    total: report.summary.amountTotal,
  };
}

describe.runIf(producersAvailable)('one report saved by real producers (../shared/producers)', () => {
  it('has the four producer files', () => {
    expect(producerDocx().map((f) => f.name)).toEqual(['libreoffice.docx', 'pandoc.docx', 'python-docx-numbered.docx', 'python-docx.docx']);
  });

  it('the source text holds 25 projects and the contradiction of its two distributions', async () => {
    const source = await essentials('source.txt', producerSource()!);
    expect(source.rows).toHaveLength(25);
    expect(source.findings.map(([code]) => code)).toEqual(expect.arrayContaining(['claim-conflict', 'distribution-mismatch']));
  });

  for (const file of producerDocx()) {
    it(`${file.name} reads as the source text does: the same rows, headings and findings`, async () => {
      const source = await essentials('source.txt', producerSource()!);
      expect(await essentials(file.name, file.bytes)).toEqual(source);
    });
  }
});
