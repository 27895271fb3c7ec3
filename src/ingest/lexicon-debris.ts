/**
 * Extraction debris: markers that docx-to-text converters leave in the text
 * and that are not part of the report. Kept as data so a new kind of debris is
 * one more entry, not new logic. Each pattern must be linear to match: no
 * nested quantifiers, and a bounded class that stops at the next `[`.
 */
export interface DebrisPattern {
  name: string;
  /** global; matches are removed from the line */
  pattern: RegExp;
  why: string;
}

export const extractionDebris: readonly DebrisPattern[] = [
  {
    name: 'bookmark',
    pattern: /\[bookmark:[^[\]\r\n]{0,200}\]/g,
    why: 'Word bookmarks such as `_GoBack` (the last edit position) that some converters print as `[bookmark: _GoBack]`',
  },
];
