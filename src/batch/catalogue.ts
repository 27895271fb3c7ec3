/** The batch rules in the order they run: a stronger relation first, so a pair is reported once under it. */
import type { BatchRule } from './rule.js';
import { duplicateSubmission } from './rules/duplicate-submission.js';
import { copiedReport } from './rules/copied-report.js';
import { sharedProject } from './rules/shared-project.js';
import { repeatedProject } from './rules/repeated-project.js';

export const batchRules: readonly BatchRule[] = Object.freeze([duplicateSubmission, copiedReport, sharedProject, repeatedProject]);
