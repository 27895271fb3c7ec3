// The same quantity stated twice must be stated the same way (section 一 says 14 projects at 100%, section 二 says 21); when the report contradicts itself, at least one statement is false.
import type { Claim, ClaimOf, DistributionLevel, Finding } from '../../model.js';
import { sameParagraph, type RuleContext } from '../context.js';
import { describeEn, describeZh } from '../distribution.js';
import { claimEvidence } from '../evidence.js';
import { finding } from '../finding.js';
import { num, whereEn, whereZh } from '../format.js';
import { agrees, exact } from '../money.js';
import type { Rule } from '../rule.js';

interface Quantity<C extends Claim> {
  claims: C[];
  zh: string;
  en: string;
  same(a: C, b: C): boolean;
  show(c: C): { zh: string; en: string; value: number | string };
}

function levelKey(l: DistributionLevel): string {
  return l.match === 'notStarted' ? 'not-started' : `${l.match}:${l.percent}`;
}

/** Two distributions agree when every level both state has the same count. */
function sameDistribution(a: ClaimOf<'completionDistribution'>, b: ClaimOf<'completionDistribution'>): boolean {
  const counts = new Map(b.value.map((l) => [levelKey(l), l.count]));
  return a.value.every((l) => !counts.has(levelKey(l)) || counts.get(levelKey(l)) === l.count);
}

/** Two totals agree at the precision of the less precise one (2735.65 and 2735.649088 agree). */
function sameTotal(a: ClaimOf<'totalAmount'>, b: ClaimOf<'totalAmount'>): boolean {
  const [da, db] = [exact(a.value), exact(b.value)];
  if (da === null || db === null) return true; // nothing to judge
  if (a.unit !== b.unit) return false;
  const [coarse, fine] = da.scale <= db.scale ? [a.value, db] : [b.value, da];
  return agrees(coarse, fine);
}

function quantities(ctx: RuleContext): Quantity<Claim>[] {
  const counts = ctx.claimsOf('projectCount');
  // Only totals stated with the project count are the same quantity; other totals (a budget, one fund, what was spent) legitimately differ.
  const projectTotals = ctx.claimsOf('totalAmount').filter((t) => counts.some((c) => sameParagraph(c.location, t.location)));
  const list = [
    {
      claims: counts,
      zh: '项目个数',
      en: 'project count',
      same: (a, b) => a.value === b.value,
      show: (c) => ({ zh: `${c.value}个`, en: `${c.value}`, value: c.value }),
    } satisfies Quantity<ClaimOf<'projectCount'>>,
    {
      claims: projectTotals,
      zh: '项目资金总额',
      en: 'project total',
      same: sameTotal,
      show: (c) => ({ zh: `${num(c.value)}${c.unit}`, en: `${num(c.value)} ${c.unit}`, value: c.value }),
    } satisfies Quantity<ClaimOf<'totalAmount'>>,
    {
      claims: ctx.claimsOf('completionDistribution'),
      zh: '完成程度分布',
      en: 'completion distribution',
      same: sameDistribution,
      show: (c) => {
        const levels = c.value.map((level) => ({ level, count: level.count }));
        return { zh: describeZh(levels), en: describeEn(levels), value: describeZh(levels) };
      },
    } satisfies Quantity<ClaimOf<'completionDistribution'>>,
    {
      claims: ctx.claimsOf('selfScore'),
      zh: '自评得分',
      en: 'self-evaluation score',
      same: (a, b) => a.value === b.value,
      show: (c) => ({ zh: `${num(c.value)}分`, en: `${num(c.value)}`, value: c.value }),
    } satisfies Quantity<ClaimOf<'selfScore'>>,
  ];
  return list as unknown as Quantity<Claim>[];
}

/** Claims grouped into classes that agree with the class's first claim. */
function classes<C extends Claim>(q: Quantity<C>): C[][] {
  const groups: C[][] = [];
  for (const claim of q.claims) {
    const group = groups.find((g) => q.same(g[0]!, claim));
    if (group) group.push(claim);
    else groups.push([claim]);
  }
  return groups;
}

export const claimConflict: Rule = {
  code: 'claim-conflict',
  severity: 'error',
  title: { zh: '前后说法矛盾', en: 'Conflicting statements' },
  checks: {
    zh: '同一数量（项目个数、项目资金总额、完成程度分布、自评得分）在不同位置的说法是否一致——自相矛盾说明至少一处不实。',
    en: 'The same quantity (project count, project total, completion distribution, overall score) is stated the same way everywhere — a report that contradicts itself is wrong at least once.',
  },
  needs(_report, ctx) {
    return quantities(ctx).some((q) => q.claims.length > 1) ? null : 'nothing-stated-twice';
  },
  check(_report, ctx) {
    const findings: Finding[] = [];
    for (const q of quantities(ctx)) {
      const [first, ...others] = classes(q);
      if (!first) continue;
      const a = q.show(first[0]!);
      const atZh = (c: Claim) => (whereZh(c.location) ? `（${whereZh(c.location)}）` : '');
      const atEn = (c: Claim) => (whereEn(c.location) ? ` (${whereEn(c.location)})` : '');
      for (const other of others) {
        const b = q.show(other[0]!);
        findings.push(
          finding(this, {
            message: `${q.zh}前后不一致：一处为${a.zh}${atZh(first[0]!)}，另一处为${b.zh}${atZh(other[0]!)}。`,
            messageEn: `The ${q.en} is stated differently: ${a.en}${atEn(first[0]!)} in one place, ${b.en}${atEn(other[0]!)} in another.`,
            expected: a.value,
            actual: b.value,
            evidence: [...first, ...other].map(claimEvidence),
            details: { quantity: q.en, first: first.map((c) => c.id), second: other.map((c) => c.id) },
          }),
        );
      }
    }
    return findings;
  },
};
