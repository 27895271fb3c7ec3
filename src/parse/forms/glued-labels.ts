/**
 * OCR and flattened text glue a form's labels to their neighbours
 * (`项目名称演出设备更新专项经费主管部门新洲区楚剧团`, `农业工作科填报日期`):
 * cut the text before and after each structural label, so a value is never
 * read with a label stuck to it.
 */
import { STRUCTURAL_LABELS } from './lexicon.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// longest first, so 项目实施单位 wins over 实施单位; spaces may sit between the characters (`绩 效 指 标`)
const LABELS = [...STRUCTURAL_LABELS].sort((a, b) => b.length - a.length);
const PATTERN = new RegExp('(?:' + LABELS.map((l) => [...l].map((ch, k) => (ch === ':' ? (k === l.length - 1 ? '[:：]' : '[:：]?') : escape(ch))).join('\\s*')).join('|') + ')等?', 'g');

export function splitGluedLabels(text: string): string[] {
  // a figure or a word too short to hold a label and a neighbour has nothing to split
  if (text.length < 5 || !/[\u4e00-\u9fff]/.test(text)) return [text];
  const matches = [...text.matchAll(PATTERN)];
  if (matches.length === 0) return [text];
  // labels inside a sentence (`3.其他资金包括：…`, `预算执行率=…`) are its words, not cells; a run of many labels is a glued form
  const distinct = new Set(matches.map((m) => m[0].replace(/\s+/g, ''))).size;
  if (distinct < 6 && text.length > 40 && /[,，。;；]/.test(text)) return [text];
  if (matches.length === 1) {
    const m = matches[0]!;
    const atStart = text.slice(0, m.index).trim() === '';
    const atEnd = text.slice(m.index + m[0].length).trim() === '' || /^\s*[:：]/.test(text.slice(m.index + m[0].length));
    if (!atStart && !atEnd) return [text];
  }
  const parts: string[] = [];
  let last = 0;
  for (const m of matches) {
    if (m.index > last) parts.push(text.slice(last, m.index));
    parts.push(m[0]);
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  // `其中：` cut off before a row label is part of it (`其中：自治区补助资金`)
  for (let k = parts.length - 2; k >= 0; k -= 1) {
    if (/^\s*其中\s*[:：]\s*$/.test(parts[k]!)) parts.splice(k, 2, parts[k]! + parts[k + 1]!);
  }
  // a colon left at the front of a value (`实施单位：X` → `：X`) is the label's
  return parts.map((p) => p.replace(/^\s*[:：]\s*/, '')).filter((p) => p.trim() !== '');
}
