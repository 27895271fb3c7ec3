/**
 * When a count of completed projects is the report's own count: a report
 * that counts its projects only as `完成年度建设项目1个` declares, by that,
 * how many it had. Not when the text counts projects any other way (a
 * declared total, another subset such as `在建项目2个`, a completion
 * distribution), when its completion counts disagree, or when it lists more
 * projects than were completed (the count is then evidently a part).
 */
import type { Found } from './claims/index.js';

export interface CountMention {
  found: Found;
  completedOnly: boolean;
}

/** The completion counts to read as declared counts; empty unless every condition holds. */
export function completedAsOwnCount(mentions: readonly CountMention[], distributions: number, listed: number): Found[] {
  if (mentions.length === 0 || distributions > 0 || mentions.some((m) => !m.completedOnly)) return [];
  const values = new Set(mentions.map((m) => (m.found.claim.type === 'projectCount' ? m.found.claim.value : null)));
  const [value] = values;
  if (values.size !== 1 || typeof value !== 'number' || listed > value) return [];
  return mentions.map((m) => m.found);
}
