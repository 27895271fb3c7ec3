/** All prose claim finders, in the order their claims are listed for one paragraph. */
import { findBreakdowns } from './breakdown.js';
import { findBudgetAmounts } from './budget-amount.js';
import { findCompletionDistributions } from './completion-distribution.js';
import { findEntityMentions } from './entity-mention.js';
import { findExecutedAmounts } from './executed-amount.js';
import type { ClaimFinder, Found } from './found.js';
import { findGrades } from './grade.js';
import { findProjectCounts } from './project-count.js';
import { findRates } from './rate.js';
import { findReceivedAmounts } from './received-amount.js';
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
  findBudgetAmounts,
  findReceivedAmounts,
  findExecutedAmounts,
  findRates,
  findGrades,
];

/** Every claim in one paragraph (text with half-width digits), in reading order. */
export function findClaims(text: string): Found[] {
  return CLAIM_FINDERS.flatMap((find) => find(text)).sort((a, b) => a.start - b.start);
}
