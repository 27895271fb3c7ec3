/**
 * The batch stage's thresholds, as data. Each says when something shared
 * between two reports is evidence and when it is just the common wording or
 * the common allocation of a county's reports.
 */

/** A passage (or a project and amount) found in at least this share of the batch is template, not evidence… */
export const TEMPLATE_SHARE = 0.05;
/** …and in at least this many reports, whatever the batch size (two reports sharing text could be one copying the other). */
export const TEMPLATE_MIN_REPORTS = 3;

/** Passages shorter than this (normalised characters) are headings and stock phrases, not prose. */
export const MIN_PASSAGE_CHARS = 8;

/** copied-report by prose: the shared non-template text is at least this share of the smaller report's non-template text… */
export const COPY_PROSE_SHARE = 0.5;
/** …and at least this many passages and characters. */
export const COPY_MIN_PASSAGES = 3;
export const COPY_MIN_CHARS = 80;

/** copied-report by rows: at least this share of the smaller table's rows (name and amount) are the other's, and this many. */
export const COPY_ROWS_SHARE = 0.6;
export const COPY_MIN_ROWS = 3;

/** MinHash over the non-template passages: 64 minima in 16 bands of 4 (pairs from about 0.5 similarity up are found). */
export const MINHASH_SIZE = 64;
export const LSH_BANDS = 16;
export const MINHASH_SEED = 0x6a697869;
/** A bucket holding more reports than this shares common wording, not a copy: its pairs are not compared. */
export const LSH_BUCKET_CAP = 50;

/** Evidence lists at most this many passages or rows per finding (the counts are in details). */
export const MAX_EVIDENCE_ITEMS = 6;

/**
 * A project (name and amount) listed alike by this many bodies is a standard allocation (the same grant to
 * every township) whatever the batch size — and the pairs of one group stay few, so the stage stays linear.
 */
export const STANDARD_ALLOCATION_BODIES = 5;

/** How many reports share a thing before it counts as template: max(3, 5% of the batch). */
export function templateMinimum(batchSize: number): number {
  return Math.max(TEMPLATE_MIN_REPORTS, Math.ceil(TEMPLATE_SHARE * batchSize));
}

/** How many bodies list one project and amount before it counts as a standard allocation: the template threshold, at most 5. */
export function allocationMinimum(batchSize: number): number {
  return Math.min(templateMinimum(batchSize), STANDARD_ALLOCATION_BODIES);
}
