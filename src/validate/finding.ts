/** Build a finding for a rule: its code and (unless the case says otherwise) its default severity. */
import type { Finding, Severity } from '../model.js';
import type { Rule } from './rule.js';

export interface FindingFields {
  message: string;
  messageEn: string;
  expected: Finding['expected'];
  actual: Finding['actual'];
  evidence: Finding['evidence'];
  details?: Finding['details'];
  /** overrides the rule's default severity for a hedged or graver case */
  severity?: Severity;
}

export function finding(rule: Pick<Rule, 'code' | 'severity'>, fields: FindingFields): Finding {
  const { severity, details, ...rest } = fields;
  return { code: rule.code, severity: severity ?? rule.severity, ...rest, ...(details ? { details } : {}) };
}
