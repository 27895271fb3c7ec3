// A paragraph that names another township's government (金寨县白塔畈镇人民政府 in a 麻埠镇 report) was likely copied from another report, so its figures may not be this entity's.
import type { ClaimOf, Finding } from '../../model.js';
import { claimEvidence } from '../evidence.js';
import { finding } from '../finding.js';
import { groupBy } from '../group-by.js';
import { townshipOf } from '../townships.js';
import type { Rule } from '../rule.js';

export const entityMismatch: Rule = {
  code: 'entity-mismatch',
  severity: 'warning',
  title: { zh: '出现其他单位名称', en: 'Another entity named' },
  checks: {
    zh: '正文是否以本单位的口吻写出了另一个乡镇的政府名称（如麻埠镇报告中出现“白塔畈镇人民政府”）——多为照抄其他报告，相关内容和数字可能不属于本单位；上级机关和本镇下属单位不算。',
    en: 'The text names another township’s government as if it were the reporting body (白塔畈镇人民政府 in a 麻埠镇 report) — usually copied from another report, so those figures may not be this entity’s; superior bodies and the town’s own units do not count.',
  },
  check(report, ctx) {
    const own = new Set([townshipOf(report.meta.township), townshipOf(report.meta.entity)].filter((t): t is string => t !== null));
    // meta.township may be written without its suffix (麻埠)
    if (report.meta.township) own.add(report.meta.township.replace(/(镇|乡|街道)$/u, ''));
    if (own.size === 0) return [];
    const foreign = ctx.claimsOf('entityMention').flatMap((claim) => {
      const township = townshipOf(claim.value);
      return township !== null && !own.has(township) ? [{ claim, township }] : [];
    });
    const findings: Finding[] = [];
    for (const [township, mentions] of groupBy(foreign, (m) => m.township)) {
      const claims: ClaimOf<'entityMention'>[] = mentions.map((m) => m.claim);
      const named = claims[0]!.value;
      const self = report.meta.entity ?? report.meta.township ?? '';
      findings.push(
        finding(this, {
          message: `本报告属于${self}，但正文${claims.length > 1 ? `${claims.length}处` : ''}写的是“${named}”，疑为照抄其他乡镇的报告，请核对相关内容和数字。`,
          messageEn: `This report is ${self}’s, but the text names “${named}”${claims.length > 1 ? ` (${claims.length} times)` : ''} — probably copied from another township’s report; check that passage and its figures.`,
          expected: self,
          actual: named,
          evidence: claims.map(claimEvidence),
          details: { township, own: [...own] },
        }),
      );
    }
    return findings;
  },
};
