/**
 * Resource bounds for reading one file. Submitted files are untrusted: these
 * keep one hostile file from taking the batch down. Raise them through the
 * CLI flags or the library options when a real report needs more.
 */
export interface IngestLimits {
  /** largest input file accepted, in bytes */
  maxFileBytes: number;
  /** largest text file accepted, in bytes (a real report's text is well under 1 MB) */
  maxTextBytes: number;
  /** largest total uncompressed size of a docx's zip entries, in bytes */
  maxInflatedBytes: number;
  /** largest number of table rows kept from one file */
  maxTableRows: number;
  /** largest number of cells in all sheets of a workbook, counted before it is parsed */
  maxSheetCells: number;
  /** most pages read from one PDF (a self-evaluation report has tens) */
  maxPdfPages: number;
}

/** Bytes in a megabyte (MiB), the unit the CLI flags and messages use. */
export const MB = 1024 * 1024;

export const DEFAULT_LIMITS: IngestLimits = {
  maxFileBytes: 50 * MB,
  maxTextBytes: 16 * MB,
  maxInflatedBytes: 200 * MB,
  maxTableRows: 200_000,
  maxSheetCells: 2_000_000,
  maxPdfPages: 1_000,
};
