// The declared overall score should be close to what the project scores give (plain or amount-weighted mean); a score far from both was not derived from the evaluation it summarises.
import { agreesAtPrecision, fromNumber, toString } from '../../decimal.js';
import type { ClaimOf, Finding, Form, Project, Report } from '../../model.js';
import { claimEvidence, rowsEvidence } from '../evidence.js';
import { finding } from '../finding.js';
import { fixed, num } from '../format.js';
import { decimalText, sumNumbers } from '../money.js';
import { formName, totalCell, written } from '../forms.js';
import { SUMMARY_KINDS } from '../lexicon.js';
import type { Rule } from '../rule.js';

/** How far (in points) the declared score may sit from a mean before it is questioned. */
export const SCORE_TOLERANCE = 1;

function mean(rows: readonly Project[]): number {
  const total = sumNumbers(rows.map((r) => r.score!));
  return total === null ? NaN : Number(decimalText(total)) / rows.length;
}

/** Σ score × amount / Σ amount over rows that have both; null when no row has a positive amount. */
function weightedMean(rows: readonly Project[]): number | null {
  const weighted = rows.filter((r) => r.amountYuan !== null && r.amountYuan > 0);
  const weight = weighted.reduce((s, r) => s + r.amountYuan!, 0);
  if (weight <= 0) return null;
  return weighted.reduce((s, r) => s + r.score! * r.amountYuan!, 0) / weight;
}

export const scoreMismatch: Rule = {
  code: 'score-mismatch',
  severity: 'warning',
  title: { zh: '自评得分与项目得分不符', en: 'Overall score far from project scores' },
  checks: {
    zh: `声明的总体自评得分与各项目得分的平均值、按金额加权平均值是否都相差超过${SCORE_TOLERANCE}分——都相差较大说明总分并非由项目评分得出；文中的自评得分也须等于所附自评表的总分得分。`,
    en: `The declared overall score is more than ${SCORE_TOLERANCE} point from both the mean and the amount-weighted mean of the project scores — then it was not derived from the evaluation it summarises; a score stated in the text must also equal the attached form’s 总分 score.`,
  },
  needs(report, ctx) {
    if (ctx.claimsOf('selfScore').length === 0) return 'no-declared-score';
    if (scoredForm(report)) return null;
    return ctx.countedRows.some((r) => r.score !== null && Number.isFinite(r.score)) ? null : 'no-scored-rows';
  },
  check(report, ctx) {
    // the report is one form: its project row is the form itself, so the form's 总分 is the one comparison
    if (scoredForm(report)) return formScoreFindings(this, report, ctx.claimsOf('selfScore'));
    const scored = ctx.countedRows.filter((r) => r.score !== null && Number.isFinite(r.score));
    if (scored.length === 0) return [];
    const plain = mean(scored);
    const weighted = weightedMean(scored);
    const findings: Finding[] = [];
    for (const claim of ctx.claimsOf('selfScore')) {
      const declared = claim.value;
      if (!Number.isFinite(declared)) continue;
      const far = (m: number | null) => m === null || Math.abs(declared - m) > SCORE_TOLERANCE;
      if (!far(plain) || !far(weighted)) continue;
      const meanText = fixed(plain);
      const weightedText = weighted === null ? null : fixed(weighted);
      findings.push(
        finding(this, {
          message:
            `声明自评得分${num(declared)}分，而${scored.length}个项目得分的平均值为${meanText}分` +
            (weightedText === null ? '' : `、按金额加权平均值为${weightedText}分`) +
            `，相差均超过${SCORE_TOLERANCE}分。`,
          messageEn:
            `The declared overall score is ${num(declared)}, but the ${scored.length} project scores average ${meanText}` +
            (weightedText === null ? '' : ` (amount-weighted ${weightedText})`) +
            `, both more than ${SCORE_TOLERANCE} point away.`,
          expected: declared,
          actual: Number(meanText),
          evidence: [claimEvidence(claim), ...rowsEvidence(scored)],
          details: { mean: Number(meanText), weightedMean: weightedText === null ? null : Number(weightedText), scoredRows: scored.length },
        }),
      );
    }
    return findings;
  },
};

/**
 * The one form whose 总分 得分 a prose 自评得分 speaks of. With several forms (one per project), with a
 * project table, or with one project's form attached to a whole body's summary, the prose score is the
 * report's own, not the form's.
 */
function scoredForm(report: Report): Form | null {
  if (report.forms.length !== 1) return null;
  const form = report.forms[0]!;
  // a project table's rows are the report's own; only the row the form itself gives (formProject) is allowed
  if (!report.projects.every((p) => isFormsOwnRow(p, form))) return null;
  if (form.total?.score == null) return null;
  if (form.kind === 'project' && report.meta.kind !== null && SUMMARY_KINDS.includes(report.meta.kind)) return null;
  return form;
}

/** the one project row a single-project form becomes (no table, the form's name and place) */
function isFormsOwnRow(project: Project, form: Form): boolean {
  return project.tableId === null && form.projectName !== null && project.name === form.projectName && project.row === 1;
}

/** A prose 自评得分 (自评得分98分) must be the form's own 总分 得分, at the prose figure's precision (98 for 98.2). */
function formScoreFindings(rule: Rule, report: Report, claims: readonly ClaimOf<'selfScore'>[]): Finding[] {
  const form = scoredForm(report);
  if (!form) return [];
  const total = written(form.total!.score, form.total!.raw.score)!;
  const name = formName(form);
  return claims
    .filter((c) => Number.isFinite(c.value) && !agreesAtPrecision(fromNumber(c.value), total))
    .map((c) =>
      finding(rule, {
        message: `文中自评得分为${num(c.value)}分，但${name.zh}总分得分为${toString(total)}分。`,
        messageEn: `The text states a self-evaluation score of ${num(c.value)}, but ${name.en} totals ${toString(total)}.`,
        expected: c.value,
        actual: form.total!.score,
        evidence: [claimEvidence(c), totalCell(form, 'score')],
        details: { formId: form.id, formScore: toString(total) },
      }),
    );
}
