/** A finding's evidence in one line of plain words, for a CSV cell or a console. */
import type { Evidence, Location } from '../model.js';
import type { Lang } from './lang.js';

export function locationText(location: Location | null, lang: Lang): string {
  if (!location) return '';
  const zh = lang === 'zh';
  const parts: string[] = [];
  if (location.line !== undefined) parts.push(zh ? `第${location.line}行` : `line ${location.line}`);
  if (location.block !== undefined) parts.push(zh ? `第${location.block + 1}段` : `block ${location.block + 1}`);
  // row is 0-based with the header row included: people count the header as row 1
  if (location.line === undefined && location.row !== undefined) parts.push(zh ? `表格第${location.row + 1}行` : `table row ${location.row + 1}`);
  if (location.page !== undefined) parts.unshift(zh ? `第${location.page}页` : `page ${location.page}`);
  if (location.sheet !== undefined) parts.push(location.cell ? `${location.sheet}!${location.cell}` : location.sheet);
  return parts.join(' ');
}

export function evidenceItemText(evidence: Evidence, lang: Lang): string {
  const where = locationText(evidence.location, lang);
  const at = where ? ` (${where})` : '';
  switch (evidence.kind) {
    case 'claim':
    case 'quote':
      return `「${evidence.quote}」${at}`;
    case 'row': {
      const table = evidence.tableId ?? (lang === 'zh' ? '正文' : 'text');
      const row = lang === 'zh' ? `${table} 第${evidence.row}项` : `${table} row ${evidence.row}`;
      return `${row} ${evidence.name}${at}`;
    }
    case 'formCell': {
      const cell = evidence.text === null ? (lang === 'zh' ? '（空）' : '(blank)') : evidence.text;
      return `${evidence.formId} ${evidence.label} ${evidence.field}=${cell}${at}`;
    }
    case 'otherReport':
      return `${evidence.path}${evidence.quote ? ` 「${evidence.quote}」` : ''}${at}`;
  }
}

export function evidenceText(evidence: readonly Evidence[], lang: Lang): string {
  return evidence.map((e) => evidenceItemText(e, lang)).join('; ');
}
