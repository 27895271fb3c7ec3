/**
 * A form as a sequence of cells, whatever layout ingest left it in: the cells
 * of table rows (merged cells that repeat across a row read once), or the
 * lines and tokens of paragraphs (one cell per line, cells joined by spaces or
 * pipes, OCR text with labels glued to their values). Reading by labels and
 * column order then works the same on all of them.
 */
import type { Block, Location } from '../../model.js';
import { labelKey } from './label-key.js';
import { splitGluedLabels } from './glued-labels.js';
import { isKnownLabel } from './known-label.js';

export interface FormCell {
  /** the text as written (trimmed) */
  text: string;
  /** the text as a label key (see label-key.ts) */
  key: string;
  location: Location;
  /** the first cell of a source row or line: a weak hint of a row boundary */
  lineStart: boolean;
  /** cut out of a longer text where labels were glued to it (OCR): a figure in it may be several figures */
  fused: boolean;
}

const GRID_LAYOUTS = new Set(['docx', 'doc', 'xlsx', 'pdf']);
/** a bracket alone (`(万元)`, `(个)`, `(盖章)`) belongs to the cell before it */
const BRACKET_ONLY = /^[(（][^()（）]{0,8}[)）]$/;
const NUMBERISH = /^[\d.,%％]+$/;

export function formCells(blocks: readonly Block[]): FormCell[] {
  const cells: FormCell[] = [];
  blocks.forEach((block) => {
    if (block.type === 'table') {
      block.rows.forEach((row, r) => {
        const location = block.rowLocations[r] ?? block.location;
        let texts = row.map((t) => t.trim());
        // a real grid repeats a merged cell across the columns it spans: a label once, a value spanning three or more
        // columns once (two equal values side by side, 达标 | 达标, are target and actual)
        if (GRID_LAYOUTS.has(block.layout)) texts = collapseMerged(texts);
        while (texts.length > 0 && texts[texts.length - 1] === '') texts.pop();
        if (texts.length === 0) texts = [''];
        texts.forEach((t, c) => pushPieces(cells, t, { ...location, column: c }, c === 0));
      });
    } else {
      const text = block.text.trim();
      if (text === '') return;
      const pieces = text.includes('|') ? text.split('|').map((p) => p.trim()) : text.split(/\s+/);
      let first = true;
      for (const piece of pieces) {
        if (piece === '' && text.includes('|')) continue;
        pushPieces(cells, piece, block.location, first);
        first = false;
      }
    }
  });
  return joinBrokenLabels(cells);
}

function collapseMerged(texts: readonly string[]): string[] {
  const out: string[] = [];
  for (let c = 0; c < texts.length; ) {
    const t = texts[c]!;
    let run = 1;
    while (c + run < texts.length && texts[c + run] === t) run += 1;
    const merged = t !== '' && !NUMBERISH.test(t) && (run >= 3 || isKnownLabel(labelKey(t)));
    out.push(...(merged ? [t] : texts.slice(c, c + run)));
    c += run;
  }
  return out;
}

function pushPieces(cells: FormCell[], text: string, location: Location, lineStart: boolean): void {
  const parts = text === '' ? [''] : splitGluedLabels(text);
  parts.forEach((part, k) => {
    const t = part.trim();
    const prev = cells[cells.length - 1];
    if (k > 0 || !lineStart) {
      if (prev && BRACKET_ONLY.test(t) && !/分[)）]$/.test(t) && prev.text !== '') {
        prev.text += t;
        prev.key = labelKey(prev.text);
        return;
      }
    }
    cells.push({ text: t, key: labelKey(t), location, lineStart: lineStart && k === 0, fused: parts.length > 1 });
  });
}

/** `经济效益` + `指标`, `年初` + `预算数`, `绩` `效` `指` `标`, `可持续影` + `响指标`: a label broken over cells is one cell. */
function joinBrokenLabels(cells: FormCell[]): FormCell[] {
  const out: FormCell[] = [];
  const piece = (c: FormCell) => c.key !== '' && c.key.length <= 8 && !/^\d/.test(c.key);
  for (let i = 0; i < cells.length; i += 1) {
    let joined = false;
    let pieces = 0;
    while (pieces < 6 && i + pieces < cells.length && piece(cells[i + pieces]!)) pieces += 1;
    for (let n = pieces; n >= 2; n -= 1) {
      const run = cells.slice(i, i + n);
      const key = run.map((c) => c.key).join('');
      if (!isKnownLabel(key)) continue;
      const text = run.map((c) => c.text).join('');
      out.push({ text, key, location: run[0]!.location, lineStart: run[0]!.lineStart, fused: run.some((c) => c.fused) });
      i += n - 1;
      joined = true;
      break;
    }
    if (!joined) out.push(cells[i]!);
  }
  return out;
}
