/**
 * What every input must get from checkBytes, however broken: a report that
 * matches the committed schema, and either readable content or exactly one
 * `ingest-failed` finding whose reason is plain words (no stack trace).
 */
import { expect } from 'vitest';
import { checkBytes } from '../../src/pipeline.js';
import type { Report } from '../../src/model.js';
import { expectValidReport } from '../support/schema.js';
import { caseBoundMs } from './fuzz-config.js';

const STACK_LINE = /\n\s+at\s|\bat [\w.<>]+ \(|node:internal|\.ts:\d+:\d+|\.js:\d+:\d+/;

export function expectPlainOutcome(report: Report): void {
  expectValidReport(report);
  const failures = report.findings.filter((f) => f.code === 'ingest-failed');
  if (report.summary.status === 'failed') {
    expect(report.findings).toHaveLength(1);
    expect(failures).toHaveLength(1);
    const [failure] = failures;
    expect(failure?.message.trim()).not.toBe('');
    expect(failure?.messageEn.trim()).not.toBe('');
    expect(failure?.message).not.toMatch(STACK_LINE);
    expect(failure?.messageEn).not.toMatch(STACK_LINE);
  } else {
    expect(failures).toHaveLength(0);
    // the summary counts what the findings say
    expect(report.summary.errors).toBe(report.findings.filter((f) => f.severity === 'error').length);
    expect(report.summary.warnings).toBe(report.findings.filter((f) => f.severity === 'warning').length);
    expect(report.summary.projectCount).toBe(report.projects.length);
  }
}

/** checkBytes, asserting it neither throws nor runs past the per-case bound. */
export async function checkWithinBound(path: string, bytes: Uint8Array): Promise<Report> {
  const started = performance.now();
  const report = await checkBytes(path, bytes);
  const elapsed = performance.now() - started;
  if (elapsed > caseBoundMs) throw new Error(`${path}: checkBytes took ${elapsed.toFixed(0)} ms (bound ${caseBoundMs} ms)`);
  expectPlainOutcome(report);
  return report;
}

/** Has the report anything read from the file: sections, claims or projects. */
export function hasContent(report: Report): boolean {
  return report.sections.length + report.claims.length + report.projects.length > 0;
}
