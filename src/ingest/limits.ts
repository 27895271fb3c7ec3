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
}

export const DEFAULT_LIMITS: IngestLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxTextBytes: 16 * 1024 * 1024,
  maxInflatedBytes: 200 * 1024 * 1024,
  maxTableRows: 200_000,
};
