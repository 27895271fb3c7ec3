// A completion or score outside 0–100, or a negative amount, cannot be right; it is a typo or a misread column, and every figure built on it is wrong.
import type { Finding, Project } from '../../model.js';
import { rowEvidence } from '../evidence.js';
import { finding } from '../finding.js';
import { num, rowLabelEn, rowLabelZh } from '../format.js';
import type { Rule } from '../rule.js';

const LIMITS = [
  { field: 'completion', zh: '实现程度', en: 'completion', min: 0, max: 100, unit: '%' },
  { field: 'score', zh: '自评得分', en: 'score', min: 0, max: 100, unit: '分' },
  { field: 'amount', zh: '资金数额', en: 'amount', min: 0, max: null, unit: '' },
] as const satisfies readonly { field: keyof Project['raw']; zh: string; en: string; min: number; max: number | null; unit: string }[];

export const valueOutOfRange: Rule = {
  code: 'value-out-of-range',
  severity: 'warning',
  title: { zh: '数值超出范围', en: 'Value out of range' },
  checks: {
    zh: '实现程度、自评得分是否在0–100之间，金额是否为负——超出范围的数值必有笔误或读错列。',
    en: 'Completion and scores lie within 0–100 and amounts are not negative — a value outside is a typo or a misread column.',
  },
  check(report) {
    const findings: Finding[] = [];
    for (const row of report.projects) {
      for (const limit of LIMITS) {
        const value = row[limit.field];
        if (value === null) continue;
        if (value >= limit.min && (limit.max === null || value <= limit.max)) continue;
        const range = limit.max === null ? { zh: `不应小于${limit.min}`, en: `must not be below ${limit.min}` } : { zh: `应在${limit.min}–${limit.max}之间`, en: `must lie within ${limit.min}–${limit.max}` };
        const unit = limit.field === 'amount' ? (row.amountUnit ?? '') : limit.unit;
        findings.push(
          finding(this, {
            message: `${rowLabelZh(row)}的${limit.zh}为${num(value)}${unit}，${range.zh}。`,
            messageEn: `${rowLabelEn(row)} has ${limit.en} ${num(value)}${unit ? ` ${unit}` : ''}, which ${range.en}.`,
            expected: limit.max === null ? `≥ ${limit.min}` : `${limit.min}–${limit.max}`,
            actual: value,
            evidence: [rowEvidence(row)],
            details: { field: limit.field, raw: row.raw[limit.field] },
          }),
        );
      }
    }
    return findings;
  },
};
