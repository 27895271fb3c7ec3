// Rows with the same amount and near-identical names (村党组织活动经费 / 2022年村党组织活动经费, 12.21 each) may be last year's project listed again; an auditor must ask.
import type { Finding, Project } from '../../model.js';
import { rowsEvidence } from '../evidence.js';
import { finding } from '../finding.js';
import { num, rowLabelEn, rowLabelZh } from '../format.js';
import { groupBy } from '../group-by.js';
import { candidatePairs, nameFeatures, nearIdenticalFeatures } from '../names.js';
import type { Rule } from '../rule.js';

const WHY = {
  'same-key': { zh: '去掉年份、括号标注后名称相同', en: 'the names are the same once years and bracket tags are dropped' },
  tokens: { zh: '名称几乎相同', en: 'the names are nearly identical' },
} as const;

export const possibleDuplicate: Rule = {
  code: 'possible-duplicate',
  severity: 'warning',
  title: { zh: '疑似重复项目', en: 'Possible duplicate project' },
  checks: {
    zh: '金额相同、名称几乎相同（如“村党组织活动经费”与“2022年村党组织活动经费”）的两行——可能是上年项目再次列报，需核实。',
    en: 'Two rows with the same amount and near-identical names (e.g. 村党组织活动经费 and 2022年村党组织活动经费) — possibly last year’s project listed again; to be checked.',
  },
  check(_report, ctx) {
    const findings: Finding[] = [];
    const byAmount = groupBy(
      ctx.countedRows.filter((r) => r.amountYuan !== null),
      (r) => r.amountYuan,
    );
    for (const rows of byAmount.values()) {
      if (rows.length < 2) continue;
      const features = rows.map((r) => nameFeatures(r));
      for (const [i, j] of candidatePairs(features)) {
        const a = features[i]!;
        const b = features[j]!;
        if (a.normal === b.normal) continue; // identical names: duplicate-project's case
        const why = nearIdenticalFeatures(a, b);
        if (why) findings.push(pairFinding(this, rows[i]!, rows[j]!, why));
      }
    }
    return findings;
  },
};

function pairFinding(rule: Rule, a: Project, b: Project, why: keyof typeof WHY): Finding {
  const amount = `${num(a.amount ?? a.amountYuan!)}${a.amountUnit ?? '元'}`;
  return finding(rule, {
    message: `${rowLabelZh(a)}与${rowLabelZh(b)}金额均为${amount}，且${WHY[why].zh}，可能是同一项目重复列报（如上年项目再次列入），请核实。`,
    messageEn: `${rowLabelEn(a)} and ${rowLabelEn(b)} both have ${amount} and ${WHY[why].en}: possibly the same project listed twice (e.g. last year’s item again); check.`,
    expected: a.name,
    actual: b.name,
    evidence: rowsEvidence([a, b]),
    details: { reason: why, nameKey: [a.nameKey, b.nameKey], amountYuan: a.amountYuan },
  });
}
