// An overall self-evaluation report is expected to cover the template's standard parts; an absent part (e.g. 整改措施及结果应用) is something the auditor asks for.
import type { Finding, Report } from '../../model.js';
import { quoteEvidence } from '../evidence.js';
import { finding } from '../finding.js';
import { OVERALL_REPORT_MARKERS, STANDARD_SECTIONS, SUMMARY_KINDS } from '../lexicon.js';
import type { Rule } from '../rule.js';

/** Headings compared without spaces and punctuation, so 二、绩效目标 实现情况： still counts. */
function loose(text: string): string {
  return text.replace(/[\s\p{P}\p{S}]/gu, '');
}

function present(report: Report, part: (typeof STANDARD_SECTIONS)[number]): boolean {
  const words = [part.zh, ...part.synonyms].map(loose);
  return report.sections.some((s) => words.some((w) => loose(s.title).includes(w)));
}

/**
 * Only reports that follow the overall (整体) template are held to it: a
 * summary whose title says 整体, or one that already uses at least two of the
 * standard parts. A transfer-fund report with its own headings is not.
 */
function followsTemplate(report: Report): boolean {
  if (!report.meta.kind || !SUMMARY_KINDS.includes(report.meta.kind)) return false;
  const title = report.meta.title ?? '';
  if (OVERALL_REPORT_MARKERS.some((m) => title.includes(m))) return true;
  return STANDARD_SECTIONS.filter((part) => present(report, part)).length >= 2;
}

export const missingSection: Rule = {
  code: 'missing-section',
  severity: 'info',
  title: { zh: '缺少标准部分', en: 'Standard part missing' },
  checks: {
    zh: '整体绩效自评报告是否包含模板的各标准部分（绩效自评工作组织开展情况、绩效目标实现情况、绩效目标设定质量情况、整改措施及结果应用）——缺少的部分需要补充说明。',
    en: 'An overall self-evaluation report covers the standard parts of the template (organisation of the self-evaluation, attainment of targets, quality of targets, corrective measures and use of results) — a missing part is to be asked for.',
  },
  check(report) {
    if (report.sections.length === 0 || !followsTemplate(report)) return [];
    const findings: Finding[] = [];
    for (const part of STANDARD_SECTIONS) {
      if (present(report, part)) continue;
      findings.push(
        finding(this, {
          message: `报告中未找到“${part.zh}”部分。`,
          messageEn: `The report has no part on ${part.en} (${part.zh}).`,
          expected: part.zh,
          actual: null,
          evidence: report.meta.title ? [quoteEvidence(report.meta.title)] : [],
          details: { part: part.zh, sectionsFound: report.sections.map((s) => s.title) },
        }),
      );
    }
    return findings;
  },
};
