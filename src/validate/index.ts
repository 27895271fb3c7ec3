/**
 * The validator: runs every rule of the catalogue over a parsed report and
 * returns the report with its findings (sorted: severity, then code, then
 * position in the document) and the summary counts and status.
 */
import type { CheckRun, Finding, Report, Severity, Summary } from '../model.js';
import { rules } from './catalogue.js';
import { buildContext, positionKey, type RuleContext } from './context.js';

export { rules } from './catalogue.js';
export { rulesMarkdown, type Lang } from './markdown.js';
export type { Rule, Bilingual } from './rule.js';
export type { RuleContext } from './context.js';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Codes the pipeline, not a rule, produces: their findings are kept as they are. */
const PIPELINE_CODES = new Set(['ingest-failed']);

function position(f: Finding): [number, number] {
  const first = f.evidence.find((e) => e.kind !== 'quote' || e.location !== null);
  return positionKey(first?.location);
}

export function compareFindings(a: Finding, b: Finding): number {
  const bySeverity = SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
  if (bySeverity !== 0) return bySeverity;
  if (a.code !== b.code) return a.code < b.code ? -1 : 1;
  const [pa, ra] = position(a);
  const [pb, rb] = position(b);
  return pa - pb || ra - rb;
}

/** Which comparing rules could run on the report, and why the others could not. */
export function runChecks(report: Report, ctx: RuleContext): CheckRun[] {
  return rules.flatMap((rule) => {
    if (!rule.needs) return [];
    const reason = rule.needs(report, ctx);
    return [{ code: rule.code, ran: reason === null, reason }];
  });
}

export function summarize(report: Report, findings: readonly Finding[], checks: readonly CheckRun[] = report.summary.checks): Summary {
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const errors = count('error');
  const warnings = count('warning');
  const failed = findings.some((f) => f.code === 'ingest-failed');
  const compared = checks.some((c) => c.ran);
  return {
    ...report.summary,
    errors,
    warnings,
    infos: count('info'),
    status: failed ? 'failed' : errors + warnings > 0 ? 'findings' : compared ? 'ok' : 'unchecked',
    checks: [...checks],
  };
}

export function validate(report: Report): Report {
  const ctx = buildContext(report);
  const checks = runChecks(report, ctx);
  const produced = rules.flatMap((rule) => rule.check(report, ctx));
  // Running validate twice gives the same findings: earlier rule findings are replaced, pipeline ones kept.
  const ruleCodes = new Set(rules.map((r) => r.code).filter((c) => !PIPELINE_CODES.has(c)));
  const kept = report.findings.filter((f) => !ruleCodes.has(f.code));
  const findings = [...kept, ...produced].sort(compareFindings);
  return { ...report, findings, summary: summarize(report, findings, checks) };
}
