/**
 * Report blocks as a .txt file, in one of the flattenings met in the wild:
 * the seed's (one cell per line with a leading tab, rows split by blank
 * lines), pipe rows, tab-separated rows, or cells split by runs of spaces.
 */
import type { DocBlock } from './report-blocks.js';

export const TEXT_LAYOUTS = ['tab-cell-lines', 'pipe', 'tab-row', 'spaces'] as const;
export type TextLayout = (typeof TEXT_LAYOUTS)[number];

export function renderText(blocks: readonly DocBlock[], layout: TextLayout): string {
  const lines: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'table') lines.push(...tableLines(block.rows, layout));
    else lines.push(block.kind === 'heading' && block.level === 2 ? `　　${block.text}` : block.text);
  }
  return `${lines.join('\n')}\n`;
}

export function tableLines(rows: readonly (readonly string[])[], layout: TextLayout): string[] {
  switch (layout) {
    case 'tab-cell-lines':
      return rows.flatMap((row, i) => [...row.map((cell) => `\t${cell}`), ...(i === 0 ? ['', ''] : [''])]);
    case 'pipe':
      return rows.map((row) => `| ${row.map((c) => c || ' ').join(' | ')} |`);
    case 'tab-row':
      return rows.map((row) => row.join('\t'));
    case 'spaces':
      return rows.map((row) => row.map((c) => c || '—').join('    '));
  }
}
