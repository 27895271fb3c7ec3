/** The rule catalogue in a stable order: contradictions first, then data quality, then coverage. */
import type { Rule } from './rule.js';
import { countMismatch } from './rules/count-mismatch.js';
import { totalMismatch } from './rules/total-mismatch.js';
import { breakdownMismatch } from './rules/breakdown-mismatch.js';
import { distributionMismatch } from './rules/distribution-mismatch.js';
import { distributionSumMismatch } from './rules/distribution-sum-mismatch.js';
import { claimConflict } from './rules/claim-conflict.js';
import { rateClaimMismatch } from './rules/rate-claim-mismatch.js';
import { scoreMismatch } from './rules/score-mismatch.js';
import { executionRateMismatch } from './rules/execution-rate-mismatch.js';
import { executionScoreMismatch } from './rules/execution-score-mismatch.js';
import { scoreOverWeight } from './rules/score-over-weight.js';
import { weightSumMismatch } from './rules/weight-sum-mismatch.js';
import { totalScoreMismatch } from './rules/total-score-mismatch.js';
import { indicatorTargetMissed } from './rules/indicator-target-missed.js';
import { costOverFunds } from './rules/cost-over-funds.js';
import { goalTargetMismatch } from './rules/goal-target-mismatch.js';
import { duplicateProject } from './rules/duplicate-project.js';
import { possibleDuplicate } from './rules/possible-duplicate.js';
import { entityMismatch } from './rules/entity-mismatch.js';
import { valueOutOfRange } from './rules/value-out-of-range.js';
import { missingValue } from './rules/missing-value.js';
import { unparsedValue } from './rules/unparsed-value.js';
import { noProjectTable } from './rules/no-project-table.js';
import { missingSection } from './rules/missing-section.js';
import { possibleContentLoss } from './rules/possible-content-loss.js';
import { ingestFailed } from './rules/ingest-failed.js';

export const rules: readonly Rule[] = Object.freeze([
  countMismatch,
  totalMismatch,
  breakdownMismatch,
  distributionMismatch,
  distributionSumMismatch,
  claimConflict,
  rateClaimMismatch,
  scoreMismatch,
  executionRateMismatch,
  executionScoreMismatch,
  scoreOverWeight,
  weightSumMismatch,
  totalScoreMismatch,
  indicatorTargetMissed,
  costOverFunds,
  goalTargetMismatch,
  duplicateProject,
  possibleDuplicate,
  entityMismatch,
  valueOutOfRange,
  missingValue,
  unparsedValue,
  noProjectTable,
  missingSection,
  possibleContentLoss,
  ingestFailed,
]);
