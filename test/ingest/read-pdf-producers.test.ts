// The same report saved by different programs, then printed to PDF, reads to the same projects and findings as its Word file.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBytes } from '../../src/pipeline.js';
import type { Report } from '../../src/model.js';
import { PRODUCERS } from '../../scripts/make-pdf-fixtures.js';
import { repoRoot } from '../support/corpus.js';

const producersDir = path.resolve(repoRoot, '../shared/producers');
const rows = (r: Report) => r.projects.map((p) => [p.department, p.name, p.amount, p.completion, p.score]);

describe('PDFs of ../shared/producers (python-docx, LibreOffice, pandoc via LibreOffice export)', () => {
  it.each(PRODUCERS)('%s.pdf: 25 projects, the declared total, and the report’s own two findings', async (name) => {
    const file = path.join(repoRoot, 'fixtures/pdf-producers', `${name}.pdf`);
    const pdf = await checkBytes(file, readFileSync(file));
    expect(pdf.source.format).toBe('pdf');
    expect(pdf.projects).toHaveLength(25);
    expect(pdf.summary.amountTotal).toBe(2945.32852);
    expect(pdf.findings.map((f) => f.code).sort()).toEqual(['claim-conflict', 'distribution-mismatch']);
    // LibreOffice prints python-docx-numbered's automatic 一、 numbering as `1.` (the PDF says what the page shows), which then
    // reads like the 1./2. of the subsections: its section tree is not compared, its figures are
    if (name !== 'python-docx-numbered') {
      expect(pdf.sections.filter((s) => s.level === 1).map((s) => s.number)).toEqual(['一、', '二、', '三、', '四、']);
    }
    const docxPath = path.join(producersDir, `${name}.docx`);
    if (existsSync(docxPath)) {
      const docx = await checkBytes(docxPath, readFileSync(docxPath));
      expect(rows(pdf)).toEqual(rows(docx));
      expect(pdf.claims.map((c) => [c.type, c.value])).toEqual(docx.claims.map((c) => [c.type, c.value]));
    }
  });
});
