/**
 * Extraction debris: markers that docx-to-text converters leave in the text
 * and that are not part of the report. Kept as data so a new kind of debris is
 * one more entry, not new logic. Each pattern must be linear to match: no
 * nested quantifiers, only bounded classes.
 */
export interface DebrisPattern {
  name: string;
  /** global; matches are removed from the line */
  pattern: RegExp;
  /** a cheap test a line must pass before the pattern is tried */
  hint: string;
  why: string;
}

export const extractionDebris: readonly DebrisPattern[] = [
  {
    name: 'bookmark',
    pattern: /\[bookmark:[^[\]\r\n]{0,200}\]/g,
    hint: '[',
    why: 'Word bookmarks such as `_GoBack` (the last edit position) that some converters print as `[bookmark: _GoBack]`',
  },
  {
    name: 'pinyin-gloss',
    // a Han character, then a toned pinyin syllable in brackets: `項(xiàng)目` → `項目`
    pattern: /(?<=\p{Script=Han})\((?=[a-zü]{0,6}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)/gu,
    hint: '(',
    why: 'web pages that print ruby annotations inline leave a pinyin reading inside words, which splits every term the parser looks for',
  },
];

/**
 * A document-sharing site's header (`《….docx》由会员分享，可在线阅读…`):
 * when it is present, lines that start `1、` `2、` … in page order are its
 * page markers, not the report's numbering.
 */
export const DOCUMENT_SHARING_HEADER = /由会员(?:上传)?分享|在线阅读[^。]{0,40}(?:文库|下载)/;
export const PAGE_MARKER = /^(\d{1,3})、/;
