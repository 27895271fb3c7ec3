// When the Word reader reports content it could not read (images, embedded objects, unknown elements), figures may be missing from the check, so a clean result is not proof.
import { quoteEvidence } from '../evidence.js';
import { finding } from '../finding.js';
import type { Rule } from '../rule.js';

export const possibleContentLoss: Rule = {
  code: 'possible-content-loss',
  severity: 'warning',
  title: { zh: '可能有内容未读取', en: 'Content may be lost' },
  checks: {
    zh: '读取Word文件时是否有无法读取的内容（图片、嵌入对象、未知元素）——可能有数字没有参与核对，结果“无问题”不能作为定论。',
    en: 'The Word reader reported content it could not read (images, embedded objects, unknown elements) — figures may have escaped the checks, so a clean result proves nothing.',
  },
  check(report) {
    const warnings = [...new Set(report.source.warnings)];
    if (warnings.length === 0) return [];
    return [
      finding(this, {
        message: `读取文件时有${warnings.length}条内容未能读取，部分数字可能未参与核对。请用Word/WPS打开原文核对。`,
        messageEn: `The reader could not read ${warnings.length} piece(s) of content; some figures may not have been checked. Open the original in Word/WPS to compare.`,
        expected: 0,
        actual: warnings.length,
        evidence: warnings.map((w) => quoteEvidence(w)),
        details: { warnings },
      }),
    ];
  },
};
