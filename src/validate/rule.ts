/**
 * What a rule is: a stable code, a default severity, a one-line statement of
 * what it checks and why an auditor cares (zh/en), and a pure check from a
 * parsed report (plus shared derived facts) to findings.
 */
import type { Finding, Report, Severity } from '../model.js';
import type { RuleContext } from './context.js';

export interface Bilingual {
  zh: string;
  en: string;
}

export interface Rule {
  /** stable kebab-case code, e.g. `total-mismatch` */
  code: string;
  /** the severity its findings usually carry (a finding may say less, e.g. info for a hedged case) */
  severity: Severity;
  title: Bilingual;
  /** one line: what it checks and why an auditor cares */
  checks: Bilingual;
  check(report: Report, ctx: RuleContext): Finding[];
  /**
   * Rules that compare figures say whether the report gives them anything to compare: null when the rule
   * can run, else a short kebab-case reason (`no-project-rows`, `no-declared-total`, `no-form`). A report on
   * which no such rule could run is `unchecked`, never `ok`. Rules without it (coverage, data quality) do
   * not count as a check.
   */
  needs?(report: Report, ctx: RuleContext): string | null;
}
