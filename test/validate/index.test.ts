import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { batchRules } from '../../src/batch/catalogue.js';
import { rules, rulesMarkdown, validate } from '../../src/validate/index.js';
import { FindingSchema } from '../../src/model.js';
import { expectValidReport } from '../support/schema.js';
import { seedReport } from './seed-report.js';
import { buildReport, claim, row, table } from './support.js';

const DESIGN_CODES = [
  'count-mismatch', 'total-mismatch', 'breakdown-mismatch', 'distribution-mismatch', 'distribution-sum-mismatch', 'claim-conflict',
  'score-mismatch', 'duplicate-project', 'possible-duplicate', 'value-out-of-range', 'missing-value', 'unparsed-value',
  'missing-section', 'no-project-table', 'possible-content-loss', 'ingest-failed',
];

/** The form codes of DESIGN.md §4. */
const FORM_CODES = ['execution-rate-mismatch', 'execution-score-mismatch', 'score-over-weight', 'weight-sum-mismatch', 'total-score-mismatch', 'indicator-target-missed'];

/** Form codes added since (DESIGN.md §4: "add more as needed"). */
const MORE_FORM_CODES = ['cost-over-funds', 'goal-target-mismatch'];

describe('the catalogue', () => {
  it('has every code of DESIGN.md §3, the form codes of §4 and those added since, rate-claim-mismatch and entity-mismatch, each once, kebab-case', () => {
    const codes = rules.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual([...DESIGN_CODES, ...FORM_CODES, ...MORE_FORM_CODES, 'entity-mismatch', 'rate-claim-mismatch'].sort());
    for (const code of codes) expect(FindingSchema.shape.code.safeParse(code).success).toBe(true);
  });

  it('has one file per rule, named for its code, opening with a one-line comment', () => {
    const dir = new URL('../../src/validate/rules/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
    expect(files.map((f) => f.slice(0, -3)).sort()).toEqual(rules.map((r) => r.code).sort());
    for (const f of files) expect(readFileSync(new URL(f, dir), 'utf8')).toMatch(/^\/\/ \S.{20,}\n/);
  });

  it('states for every rule what it checks, in Chinese and English, on one line', () => {
    for (const r of rules) {
      expect(r.checks.zh).toMatch(/[\u4e00-\u9fa5]/);
      expect(r.checks.en).toMatch(/^[A-Z]/);
      expect(`${r.checks.zh}${r.checks.en}${r.title.zh}${r.title.en}`).not.toContain('\n');
    }
  });

  it('renders as a Markdown table in zh and en, one row per rule, in catalogue order', () => {
    for (const lang of ['zh', 'en'] as const) {
      const lines = rulesMarkdown(lang).trimEnd().split('\n');
      // the report rules, then the batch rules (test/batch/rules.test.ts)
      expect(lines).toHaveLength(rules.length + batchRules.length + 2);
      expect(lines[1]).toBe('|---|---|---|');
      rules.forEach((r, i) => {
        expect(lines[i + 2]).toContain(`\`${r.code}\``);
        expect(lines[i + 2]).toContain(r.title[lang]);
        expect(lines[i + 2]!.split(/(?<!\\)\|/)).toHaveLength(5);
      });
    }
    expect(rulesMarkdown('zh')).toContain('| `count-mismatch` | 错误 |');
    expect(rulesMarkdown('en')).toContain('| `score-mismatch` | warning |');
  });
});

describe('validate', () => {
  it('sorts findings by severity, then code, then position', () => {
    const report = validate(
      buildReport({
        claims: [claim.projectCount(3, { line: 5 }), claim.breakdown(10, [1, 2], { line: 30 }), claim.breakdown(10, [4, 5], { line: 20 }), claim.breakdown(9, [1], { line: 8, openEnded: true })],
        rows: [row('甲', 1, { completion: 150, score: 90 }), row('乙', 2, { completion: 100, score: 90 })],
      }),
    );
    expectValidReport(report);
    expect(report.findings.map((f) => [f.severity, f.code, f.evidence[0]?.location?.line])).toEqual([
      ['error', 'breakdown-mismatch', 20],
      ['error', 'breakdown-mismatch', 30],
      ['error', 'count-mismatch', 5],
      ['warning', 'value-out-of-range', 101],
      ['info', 'breakdown-mismatch', 8],
    ]);
    expect(report.summary).toMatchObject({ errors: 3, warnings: 1, infos: 1, status: 'findings' });
  });

  it('gives status ok when only infos remain, and keeps the parser’s counts', () => {
    const report = validate(buildReport({ tables: [table('t1', ['name', 'amount'])], claims: [claim.breakdown(9, [1], { openEnded: true })], rows: [row('甲', 1.5)] }));
    expect(report.summary).toMatchObject({ errors: 0, warnings: 0, infos: 1, status: 'ok', projectCount: 1, amountTotal: 1.5 });
  });

  it('is idempotent and keeps findings it does not produce', () => {
    const once = validate(seedReport());
    expect(validate(once)).toEqual(once);
    const foreign = { ...seedReport(), findings: [{ code: 'ingest-failed', severity: 'error' as const, message: '坏', messageEn: 'bad', expected: null, actual: 'x', evidence: [] }] };
    const result = validate(foreign);
    expect(result.findings.map((f) => f.code)).toEqual(['claim-conflict', 'distribution-mismatch', 'ingest-failed', 'possible-duplicate', 'score-mismatch']);
    expect(result.summary.status).toBe('failed');
  });

  it('does not change anything but findings and summary', () => {
    const input = seedReport();
    const { findings: _f, summary: _s, ...rest } = validate(input);
    const { findings: _f2, summary: _s2, ...before } = input;
    expect(rest).toEqual(before);
  });

  it('writes every message in both languages with the figures', () => {
    for (const f of validate(seedReport()).findings) {
      expect(f.message).toMatch(/[\u4e00-\u9fa5]/);
      expect(f.messageEn).toMatch(/^[A-Za-z]/);
      expect(f.evidence.length).toBeGreaterThan(0);
    }
  });
});
