// The counts of a completion distribution must add up to the declared number of projects; if they do not, projects were dropped or counted twice in the progress report.
import type { Finding } from '../../model.js';
import { claimEvidence } from '../evidence.js';
import { finding } from '../finding.js';
import { declaredSum, describeEn, describeZh } from '../distribution.js';
import type { Rule } from '../rule.js';

export const distributionSumMismatch: Rule = {
  code: 'distribution-sum-mismatch',
  severity: 'error',
  title: { zh: '分布合计不符', en: 'Distribution does not add up' },
  checks: {
    zh: '各完成程度档次的项目个数之和是否等于声明的项目总数——不等说明有项目在进度说明中被漏掉或重复计算。',
    en: 'The counts of a completion distribution add up to the declared number of projects — if not, projects were left out of, or counted twice in, the progress account.',
  },
  needs(_report, ctx) {
    if (ctx.claimsOf('completionDistribution').length === 0) return 'no-declared-distribution';
    return ctx.declaredCount === null ? 'no-declared-count' : null;
  },
  check(_report, ctx) {
    const declared = ctx.declaredCount;
    if (declared === null) return []; // no count, or counts that disagree (claim-conflict reports those)
    const countClaims = ctx.claimsOf('projectCount');
    const findings: Finding[] = [];
    for (const claim of ctx.claimsOf('completionDistribution')) {
      const sum = declaredSum(claim.value);
      // One level alone (达到100%的有20个) is a remark, not a full distribution: only exceeding the count contradicts it.
      if (sum === declared || (sum < declared && claim.value.length < 2)) continue;
      const levels = claim.value.map((level) => ({ level, count: level.count }));
      findings.push(
        finding(this, {
          message: `完成程度分布（${describeZh(levels)}）合计${sum}个，与声明的项目总数${declared}个不符。`,
          messageEn: `The completion distribution (${describeEn(levels)}) adds up to ${sum}, not the declared ${declared} projects.`,
          expected: declared,
          actual: sum,
          evidence: [claimEvidence(claim), ...countClaims.map(claimEvidence)],
          details: { levels: claim.value.map((l) => ({ level: l.level, count: l.count })) },
        }),
      );
    }
    return findings;
  },
};
