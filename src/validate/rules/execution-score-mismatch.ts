// A form's funds 得分 must be 分值 × 执行率 (capped at 分值), at the score's own precision; a budget score above what the spending earns inflates the whole self-evaluation.
import { compare, equals, roundTo, shift, toNumber, toString, type Decimal } from '../../decimal.js';
import type { Finding, Form, FundsRow, Report } from '../../model.js';
import { finding } from '../finding.js';
import { fundsCell, fundsText, formName, isPositive, ratio, ratioTruncated, statedRate, written } from '../forms.js';
import type { Rule } from '../rule.js';
import { denominators } from './execution-rate-mismatch.js';

/** One way the score may have been worked out: from the stated rate, or from the figures against one budget. */
interface Basis {
  zh: string;
  en: string;
  /** the exact score it gives, capped at the weight, rounded to `scale` */
  rounded: Decimal;
  /** the same cut instead of rounded */
  truncated: Decimal;
  /** the score unrounded, for the message (four decimals) */
  precise: Decimal;
}

function bases(row: FundsRow, weight: Decimal, scale: number): Basis[] {
  const out: Basis[] = [];
  const executed = written(row.executed, row.raw.executed);
  if (executed) {
    for (const budget of denominators(row)) {
      const over = compare(executed, budget.value) >= 0;
      const at = (s: number, cut: boolean) => (over ? roundTo(weight, s) : (cut ? ratioTruncated : ratio)(executed, budget.value, weight, s)!);
      out.push({
        zh: `${toString(weight)}×(${toString(executed)}÷${budget.zh}${toString(budget.value)})`,
        en: `${toString(weight)} × (${toString(executed)} ÷ ${budget.en} ${toString(budget.value)})`,
        rounded: at(scale, false),
        truncated: at(scale, true),
        precise: at(4, false),
      });
    }
  }
  const stated = statedRate(row);
  if (stated) {
    const percent = stated.per === 100 ? stated.decimal : shift(stated.decimal, 2);
    const product: Decimal = shift({ units: weight.units * percent.units, scale: weight.scale + percent.scale }, -2);
    const capped = compare(product, weight) > 0 ? weight : product;
    const cut = (s: number): Decimal => (capped.scale <= s ? roundTo(capped, s) : { units: capped.units / 10n ** BigInt(capped.scale - s), scale: s });
    out.push({ zh: `${toString(weight)}×${stated.text}`, en: `${toString(weight)} × ${stated.text}`, rounded: roundTo(capped, scale), truncated: cut(scale), precise: roundTo(capped, 4) });
  }
  return out;
}

interface Comparable {
  index: number;
  row: FundsRow;
  weight: Decimal;
  score: Decimal;
  bases: Basis[];
}

function comparable(form: Form): Comparable[] {
  return form.funds.flatMap((row, index) => {
    const weight = written(row.weight, row.raw.weight);
    const score = written(row.score, row.raw.score);
    if (!isPositive(weight) || score === null) return [];
    const found = bases(row, weight, score.scale);
    return found.length > 0 ? [{ index, row, weight, score, bases: found }] : [];
  });
}

/**
 * The score agrees when some basis (the stated rate, or the figures against 全年预算数 or 年初预算数) rounds
 * to it at its own precision: langfang's 9 for 10 × 86.2% = 8.62 and bj_haidian's 5 for 4.99 agree;
 * gz_suiyang's full 10 for 92.87% execution (9.29) does not. A score that is the basis cut rather than
 * rounded (yn_linxiang's 9 for 9.78) is reported as a note only: it understates, and the corpus counts it
 * as a doubtful point, not a contradiction.
 */
export const executionScoreMismatch: Rule = {
  code: 'execution-score-mismatch',
  severity: 'error',
  title: { zh: '预算执行得分不符', en: 'Budget execution score does not follow from the rate' },
  checks: {
    zh: '自评表预算执行的得分是否等于分值×执行率（最高为分值），按得分所写精度四舍五入比较——多给的分数会抬高整个自评结果；只舍去小数的得分仅作提示。',
    en: 'A form’s budget-execution score equals weight × execution rate (at most the weight), rounded to the score’s precision — extra points inflate the whole self-evaluation; a score cut instead of rounded is only noted.',
  },
  needs(report: Report) {
    if (report.forms.length === 0) return 'no-form';
    return report.forms.some((f) => comparable(f).length > 0) ? null : 'no-funds-score';
  },
  check(report) {
    const findings: Finding[] = [];
    for (const form of report.forms) {
      const seen = new Map<string, Finding>();
      for (const c of comparable(form)) {
        if (c.bases.some((b) => equals(b.rounded, c.score))) continue;
        const floored = c.bases.some((b) => equals(b.truncated, c.score));
        const basis = c.bases[0]!;
        const scoreText = fundsText(c.row, 'score')!;
        const evidence = [fundsCell(form, c.index, 'score', scoreText), fundsCell(form, c.index, 'weight', fundsText(c.row, 'weight'))];
        const key = `${toString(c.weight)}|${toString(c.score)}|${basis.zh}`;
        const earlier = seen.get(key);
        if (earlier) {
          earlier.evidence.push(...evidence);
          continue;
        }
        const name = formName(form);
        const note = floored ? { zh: '（得分是舍去小数而非四舍五入的结果）', en: ' (the score is cut, not rounded)' } : { zh: '', en: '' };
        const f = finding(this, {
          severity: floored ? 'info' : 'error',
          message: `${name.zh}「${c.row.label}」得分为${scoreText}，但${basis.zh}=${toString(basis.precise)}（最高${toString(c.weight)}分），按所写精度应为${toString(basis.rounded)}${note.zh}。`,
          messageEn: `In ${name.en}, “${c.row.label}” scores ${scoreText}, but ${basis.en} = ${toString(basis.precise)} (at most ${toString(c.weight)}), which is ${toString(basis.rounded)} at the stated precision${note.en}.`,
          expected: toNumber(basis.rounded),
          actual: c.row.score,
          evidence,
          details: { formId: form.id, row: c.row.label, basis: basis.en, computed: toString(basis.precise), floored },
        });
        seen.set(key, f);
        findings.push(f);
      }
    }
    return findings;
  },
};
