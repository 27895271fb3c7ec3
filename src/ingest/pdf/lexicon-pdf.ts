/**
 * Words and marks a PDF's layout is read by: page numbers as Chinese and
 * English documents print them, and the list numbers that start a new
 * paragraph even when the line above runs to the margin.
 */

/** A line that is nothing but a page number: `第 1 页`, `第1页 共3页`, `- 2 -`, `— 2 —`, `2`, `2 / 10`, `Page 2 of 10`. */
export const PAGE_NUMBER_LINES: readonly RegExp[] = [
  /^第\s*[0-9０-９一二三四五六七八九十百]+\s*页(\s*[,，/]?\s*共\s*[0-9０-９一二三四五六七八九十百]+\s*页)?$/,
  /^共\s*[0-9０-９]+\s*页\s*[,，]?\s*第\s*[0-9０-９]+\s*页$/,
  /^[-—–－·•]*\s*[0-9０-９]{1,4}\s*[-—–－·•]*$/,
  /^[0-9０-９]{1,4}\s*[/／]\s*[0-9０-９]{1,4}$/,
  /^(page|p\.)\s*[0-9]{1,4}(\s*(of|\/)\s*[0-9]{1,4})?$/i,
];

/** The start of a numbered heading or list item: a new paragraph whatever the line above did. */
export const PARAGRAPH_STARTS: readonly RegExp[] = [
  /^[一二三四五六七八九十]+[、．.]/,
  /^[（(][一二三四五六七八九十]+[）)]/,
  /^[0-9０-９]{1,2}[、．.](?![0-9０-９])/,
  /^[（(][0-9０-９]{1,2}[）)]/,
  /^第[一二三四五六七八九十]+[部章节条]/,
  /^附件\s*[0-9０-９一二三四五六七八九十]*[:：]?$/,
];

/** A list number standing alone before a hanging indent: `2.`, `（一）`, `一、`, `①`. */
export const LIST_NUMBER = /^(?:[0-9０-９]{1,2}[.．、]|[（(][0-9０-９一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、．.]|[①-⑳]|[•·●▪■◆-])$/;
