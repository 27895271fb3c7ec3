/** All prose claim finders, in the order their claims are listed for one paragraph. */
import { findBreakdowns } from './breakdown.js';
import { findCompletionDistributions } from './completion-distribution.js';
import { findEntityMentions } from './entity-mention.js';
import type { ClaimFinder, Found } from './found.js';
import { findProjectCounts } from './project-count.js';
import { findSelfScores } from './self-score.js';
import { findTotalAmounts } from './total-amount.js';

export type { ClaimBody, Found } from './found.js';

export const CLAIM_FINDERS: readonly ClaimFinder[] = [
  findProjectCounts,
  findTotalAmounts,
  findCompletionDistributions,
  findSelfScores,
  findBreakdowns,
  findEntityMentions,
];

/** Every claim in one paragraph (text with half-width digits), in reading order. */
export function findClaims(text: string): Found[] {
  return CLAIM_FINDERS.flatMap((find) => find(text)).sort((a, b) => a.start - b.start);
}
