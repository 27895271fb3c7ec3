/**
 * The figure cells of a form, for the data-quality rules: which are blank where the form needs a figure
 * (a score next to a weight, a total-row amount its own 其中 row has), and which hold text that is not a number.
 */
import type { Evidence, Form } from '../model.js';
import { blank, FUNDS_COLUMNS, fundsCell, fundsTotal, indicatorCell, totalCell, unweighted } from './forms.js';

export interface FormCell {
  evidence: Evidence;
  /** how the cell is named in a message */
  zh: string;
  en: string;
  raw: string | null;
}

const FUNDS_FIELDS = [
  ...FUNDS_COLUMNS,
  { field: 'weight', zh: '分值', en: 'weight' },
  { field: 'rate', zh: '执行率', en: 'execution rate' },
  { field: 'score', zh: '得分', en: 'score' },
] as const;

/**
 * Indicator rows kept whole because no reading split them into columns (OCR text with
 * cells fused): the parser keeps the row's text as its weight, so the sums stop there.
 */
export function unsplitRows(form: Form): FormCell[] {
  return form.indicators.flatMap((ind, index) =>
    ind.weight === null && ind.raw.weight !== null && ind.raw.weight === ind.name
      ? [{ evidence: indicatorCell(form, index, 'weight', ind.raw.weight), zh: '指标行', en: 'indicator row', raw: ind.raw.weight }]
      : [],
  );
}

/** Cells with text that did not read as a number (rows kept whole are unsplitRows, not cells). */
export function unreadableCells(form: Form): FormCell[] {
  const out: FormCell[] = [];
  form.funds.forEach((row, index) => {
    for (const f of FUNDS_FIELDS) {
      const raw = row.raw[f.field];
      if (row[f.field] === null && !blank(raw)) out.push({ evidence: fundsCell(form, index, f.field, raw), zh: `「${row.label}」${f.zh}`, en: `“${row.label}” ${f.en}`, raw });
    }
  });
  form.indicators.forEach((ind, index) => {
    if (ind.weight === null && ind.raw.weight !== null && ind.raw.weight === ind.name) return;
    for (const f of [{ field: 'weight', zh: '分值', en: 'weight' }, { field: 'score', zh: '得分', en: 'score' }] as const) {
      const raw = ind.raw[f.field];
      if (ind[f.field] === null && !blank(raw)) out.push({ evidence: indicatorCell(form, index, f.field, raw), zh: `指标「${ind.name}」${f.zh}`, en: `indicator “${ind.name}” ${f.en}`, raw });
    }
  });
  if (form.total) {
    for (const f of [{ field: 'weight', zh: '分值', en: 'weight' }, { field: 'score', zh: '得分', en: 'score' }] as const) {
      const raw = form.total.raw[f.field];
      if (form.total[f.field] === null && !blank(raw)) out.push({ evidence: totalCell(form, f.field), zh: `总分${f.zh}`, en: `total ${f.en}`, raw });
    }
  }
  return out;
}

/** Blank cells where the form itself shows a figure belongs: a score beside a weight, a total-row amount its 其中 row gives. */
export function missingCells(form: Form): FormCell[] {
  const out: FormCell[] = [];
  const total = fundsTotal(form);
  if (total) {
    const { row, index } = total;
    for (const c of FUNDS_COLUMNS) {
      const subRowHasIt = form.funds.some((r) => r !== row && r.role !== 'total' && r[c.field] !== null);
      if (row[c.field] === null && blank(row.raw[c.field]) && subRowHasIt) {
        out.push({ evidence: fundsCell(form, index, c.field, row.raw[c.field]), zh: `「${row.label}」${c.zh}`, en: `“${row.label}” ${c.en}`, raw: row.raw[c.field] });
      }
    }
    if (row.weight !== null && row.score === null && blank(row.raw.score)) {
      out.push({ evidence: fundsCell(form, index, 'score', row.raw.score), zh: `「${row.label}」得分`, en: `“${row.label}” score`, raw: row.raw.score });
    }
  }
  // A form printing no weight at all (yn_shidian: implied by the scores) has no 分值 column to leave blank.
  const weightsPrinted = form.indicators.some((ind) => ind.weight !== null || !blank(ind.raw.weight));
  form.indicators.forEach((ind, index) => {
    if (unweighted(ind)) return;
    if (ind.weight !== null && ind.score === null && blank(ind.raw.score)) {
      out.push({ evidence: indicatorCell(form, index, 'score', ind.raw.score), zh: `指标「${ind.name}」得分`, en: `indicator “${ind.name}” score`, raw: ind.raw.score });
    }
    if (weightsPrinted && ind.weight === null && ind.score !== null && blank(ind.raw.weight)) {
      out.push({ evidence: indicatorCell(form, index, 'weight', ind.raw.weight), zh: `指标「${ind.name}」分值`, en: `indicator “${ind.name}” weight`, raw: ind.raw.weight });
    }
  });
  if (form.total && form.total.weight !== null && form.total.score === null && blank(form.total.raw.score)) {
    out.push({ evidence: totalCell(form, 'score'), zh: '总分得分', en: 'total score', raw: form.total.raw.score });
  }
  return out;
}
