import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportJsonSchemaText } from '../src/schema.js';
import { expectValidReport } from './support/schema.js';
import { failedReport } from '../src/pipeline.js';
import { IngestError } from '../src/ingest/ingest-error.js';

describe('report JSON Schema', () => {
  it('committed schema matches the zod model (run `npm run schema` after changing src/model.ts)', () => {
    const committed = readFileSync(new URL('../schemas/report.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(reportJsonSchemaText());
  });

  it('accepts a failed-file report and rejects one with a missing field', () => {
    const report = failedReport('x.docx', new Uint8Array([1, 2, 3]), new IngestError('empty', '空', 'empty'));
    expectValidReport(report);
    const { summary: _summary, ...broken } = report;
    expect(() => expectValidReport(broken)).toThrow(/summary/);
  });
});
