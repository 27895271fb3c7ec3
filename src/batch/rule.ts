/**
 * What a batch rule is: like a report rule (code, severity, zh/en title and
 * what it checks) but its check reads the whole batch and returns pairs of
 * reports, each pair with the finding each side gets — both name both files.
 */
import type { Evidence, Finding, Severity } from '../model.js';
import type { Bilingual } from '../validate/rule.js';
import type { BatchContext } from './context.js';

export interface BatchPair {
  code: string;
  severity: Severity;
  /** input indexes, a < b */
  a: number;
  b: number;
  /** the finding in a's report and in b's */
  forA: Finding;
  forB: Finding;
}

export interface BatchRule {
  code: string;
  severity: Severity;
  title: Bilingual;
  checks: Bilingual;
  find(ctx: BatchContext): BatchPair[];
}

/** One side's view of a pair: message, figures and evidence (its own, then the other report's). */
export interface SideFinding {
  message: string;
  messageEn: string;
  expected: Finding['expected'];
  actual: Finding['actual'];
  evidence: Evidence[];
  details?: Finding['details'];
}

export function batchPair(rule: Pick<BatchRule, 'code' | 'severity'>, a: number, b: number, forA: SideFinding, forB: SideFinding, severity?: Severity): BatchPair {
  const sev = severity ?? rule.severity;
  const make = (side: SideFinding): Finding => {
    const { details, ...rest } = side;
    return { code: rule.code, severity: sev, ...rest, ...(details ? { details } : {}) };
  };
  return { code: rule.code, severity: sev, a, b, forA: make(forA), forB: make(forB) };
}
