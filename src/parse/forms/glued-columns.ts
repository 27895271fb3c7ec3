/**
 * An indicator header that OCR broke and glued across cells (`年度` `指标值实际`
 * `完成值分` `值得` `分偏差原因分析…`): the cells' keys joined read as column
 * headers end to end (年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因…). Only a
 * join covered by header words from its first character to its last counts.
 */
import { INDICATOR_COLUMNS, type IndicatorField } from './lexicon.js';

/** a bracket after a header (`(A)`, `(B)`) is part of it */
const BRACKET = /^\([^()]{0,6}\)/;

export function gluedColumns(key: string): IndicatorField[] | null {
  if (key === '' || key.length > 40) return null;
  return cover(key);
}

function cover(rest: string): IndicatorField[] | null {
  if (rest === '') return [];
  const bracket = BRACKET.exec(rest);
  if (bracket) return cover(rest.slice(bracket[0].length));
  for (let len = rest.length; len >= 2; len -= 1) {
    const head = rest.slice(0, len);
    const field = wholeColumn(head, len === rest.length);
    if (field === null) continue;
    const tail = cover(rest.slice(len));
    if (tail !== null) return [field, ...tail];
  }
  return null;
}

/** the column the whole text names; a note header (偏差原因分析及改进措施) runs to the end of the join, unless another header starts it */
function wholeColumn(text: string, atEnd: boolean): IndicatorField | null {
  for (const [re, field] of INDICATOR_COLUMNS) {
    const m = re.exec(text);
    if (!m || m.index !== 0) continue;
    if (m[0].length === text.length) return field;
    if (field === 'note' && atEnd && !INDICATOR_COLUMNS.some(([other, f]) => f !== 'note' && other.test(text))) return field;
  }
  return null;
}
