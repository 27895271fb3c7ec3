/**
 * What kind of value a table cell holds, as far as table shape goes: a
 * number (`12.21`, `1,546.02`, `１００%`, `90分`, `≥95`), a blank (empty, or a
 * dash/slash/ellipsis placeholder), or text. No lexicon: a number may carry a
 * short unit suffix of any script, which is enough to tell a value column from
 * a name column.
 */
export type CellClass = 'number' | 'blank' | 'text';

const DIGIT = '[0-9０-９]';
const NUMBER = new RegExp(
  `^[-+−－]?[<>=≤≥≦≧＜＞＝]{0,2}\\s*[-+−－]?${DIGIT}+(?:[,，]${DIGIT}{3})*(?:[.．]${DIGIT}+)?\\s*[^0-9０-９\\s]{0,3}$`,
);
const BLANK = /^[\s\-—－–―/／\\…．.·]*$/;

/** Cells longer than this are never numbers; it also keeps the regex cheap on huge lines. */
const MAX_NUMBER_LENGTH = 40;

export function classifyCell(cell: string): CellClass {
  if (BLANK.test(cell)) return 'blank';
  if (cell.length <= MAX_NUMBER_LENGTH && NUMBER.test(cell)) return 'number';
  return 'text';
}
