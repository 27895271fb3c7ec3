// A stated percentage (执行率61%, 超任务43%) must be what its own two figures in the same sentence give, at the precision it is written; a rate that does not follow from its figures means one of the three is wrong.
import type { ClaimOf, Finding, RateKind } from '../../model.js';
import { equals, fromNumber, negate, parseDecimal, type Decimal } from '../../decimal.js';
import { claimEvidence } from '../evidence.js';
import { finding } from '../finding.js';
import { num } from '../format.js';
import { decimalText } from '../money.js';
import type { Rule } from '../rule.js';

const KIND_WORDS: Record<RateKind, { zh: string; en: string }> = {
  execution: { zh: '执行率', en: 'execution rate' },
  completion: { zh: '完成率', en: 'completion rate' },
  arrival: { zh: '到位率', en: 'arrival rate' },
  'over-target': { zh: '超任务比例', en: 'share over target' },
  growth: { zh: '增减幅度', en: 'change' },
  other: { zh: '比率', en: 'rate' },
};

/** a ÷ b rounded half away from zero, both integers */
function roundDiv(a: bigint, b: bigint): bigint {
  const negative = a < 0n !== b < 0n;
  const [x, y] = [a < 0n ? -a : a, b < 0n ? -b : b];
  const q = (2n * x + y) / (2n * y);
  return negative ? -q : q;
}

/**
 * The percentage the figures give, exactly, at `scale` decimals: numerator ÷
 * denominator, or for a rate over a target or a change, numerator ÷
 * denominator − 1 (the part beyond the base).
 */
export function percentFrom(numerator: number, denominator: number, kind: RateKind, scale: number): Decimal | null {
  const [n, d] = [fromNumber(numerator), fromNumber(denominator)];
  // n/d = (n.units·10^d.scale) / (d.units·10^n.scale)
  const top = n.units * 10n ** BigInt(d.scale);
  const bottom = d.units * 10n ** BigInt(n.scale);
  if (bottom === 0n) return null;
  const beyond = kind === 'over-target' || kind === 'growth';
  const x = beyond ? top - bottom : top;
  return { units: roundDiv(x * 100n * 10n ** BigInt(scale), bottom), scale };
}

function scaleOf(written: string): number {
  const dot = written.indexOf('.');
  return dot < 0 ? 0 : written.length - dot - 1;
}

function sentence(claim: ClaimOf<'rate'>, computed: string): { zh: string; en: string } {
  const of = claim.of!;
  const words = KIND_WORDS[claim.kind];
  const beyond = claim.kind === 'over-target' || claim.kind === 'growth';
  const formulaZh = beyond ? `${of.numeratorText}÷${of.denominatorText}−1` : `${of.numeratorText}÷${of.denominatorText}`;
  const formulaEn = beyond ? `${of.numeratorText} ÷ ${of.denominatorText} − 1` : `${of.numeratorText} ÷ ${of.denominatorText}`;
  return {
    zh: `文中称${words.zh}${num(claim.value)}%，但同句所给数字 ${formulaZh} = ${computed}%。`,
    en: `The text states a ${words.en} of ${num(claim.value)}%, but the figures in the same sentence give ${formulaEn} = ${computed}%.`,
  };
}

export const rateClaimMismatch: Rule = {
  code: 'rate-claim-mismatch',
  severity: 'error',
  title: { zh: '比率与所列数字不符', en: 'Rate does not follow from its figures' },
  checks: {
    zh: '文中所称比率（执行率、完成率、到位率、超任务、同比增减）是否等于同一句中给出的两个数字算出的结果（按所称比率的精度）——不符说明比率或数字至少一处有误。',
    en: 'A stated rate (execution, completion, arrival, over target, year-on-year change) equals what the two figures the same sentence gives compute to, at the rate’s own precision — if not, the rate or a figure is wrong.',
  },
  needs(_report, ctx) {
    return ctx.claimsOf('rate').some((c) => c.of !== null) ? null : 'no-rate-with-figures';
  },
  check(_report, ctx) {
    const findings: Finding[] = [];
    for (const claim of ctx.claimsOf('rate')) {
      if (!claim.of || !Number.isFinite(claim.value)) continue;
      // judged at the precision written (`97.80` has two decimals even though it is the number 97.8)
      const written = parseDecimal(claim.written);
      const computed = percentFrom(claim.of.numerator, claim.of.denominator, claim.kind, scaleOf(claim.written));
      if (computed === null || written === null) continue;
      if (equals(computed, claim.value < 0 ? negate(written) : written)) continue;
      const text = sentence(claim, decimalText(computed));
      findings.push(
        finding(this, {
          message: text.zh,
          messageEn: text.en,
          expected: claim.value,
          actual: Number(decimalText(computed)),
          evidence: [claimEvidence(claim)],
          details: { kind: claim.kind, numerator: claim.of.numerator, denominator: claim.of.denominator, unit: claim.of.unit, written: claim.written },
        }),
      );
    }
    return findings;
  },
};
