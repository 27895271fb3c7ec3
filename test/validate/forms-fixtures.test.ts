/**
 * The generated form fixtures (fixtures/forms/, `npm run fixtures:forms`) through the whole pipeline:
 * each layout of the clean project and department forms is read as one form and raises nothing, and
 * each planted contradiction gives exactly its rule's finding, pointing at the form's cells.
 * (Needs the form parser: src/parse/forms/.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkBytes } from '../../src/pipeline.js';
import { expectValidReport } from '../support/schema.js';
import { codes } from './support.js';

const dir = new URL('../../fixtures/forms/', import.meta.url);
const expectations = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as Record<string, { expected: string[]; infos?: string[]; what: string }>;

describe('form fixtures through the pipeline', () => {
  for (const [file, { expected, infos = [], what }] of Object.entries(expectations)) {
    it(`${file} (${what}): ${expected.length ? expected.join(', ') : 'no error or warning'}${infos.length ? `, ${infos.join(', ')} as information` : ''}`, async () => {
      const report = await checkBytes(`fixtures/forms/${file}`, readFileSync(new URL(file, dir)));
      expectValidReport(report);
      expect(report.forms).toHaveLength(1);
      expect(report.forms[0]!.kind).toBe(file.startsWith('department-') ? 'department' : 'project');
      expect(report.meta.kind).toBe(file.startsWith('department-') ? 'department-form' : 'project-form');
      expect(codes(report)).toEqual(expected);
      for (const code of infos) expect(codes(report, ['info'])).toContain(code);
      const planted = expected[0] ?? infos[0];
      if (planted === undefined) {
        expect(report.summary.status).toBe('ok');
        return;
      }
      // the planted finding points at the form's own cells (a prose score also quotes its sentence)
      const [f] = report.findings.filter((x) => x.code === planted);
      expect(f!.evidence.some((e) => e.kind === 'formCell' && e.formId === report.forms[0]!.id)).toBe(true);
    });
  }
});
