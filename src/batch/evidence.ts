/** Evidence of a batch finding: a passage or row of this report, and the same of the other report (naming its file). */
import type { Evidence } from '../model.js';
import type { PassageDetail, ProjectDetail } from './signature.js';

export function ownPassage(p: PassageDetail): Evidence {
  return { kind: 'quote', quote: p.text, location: p.location };
}

export function otherPassage(path: string, p: PassageDetail): Evidence {
  return { kind: 'otherReport', path, quote: p.text, location: p.location };
}

export function ownRow(p: ProjectDetail): Evidence {
  return { kind: 'row', tableId: p.tableId, row: p.row, name: p.name, location: p.location };
}

export function otherRow(path: string, p: ProjectDetail): Evidence {
  return { kind: 'otherReport', path, quote: `${p.name} ${yuanText(p.amountYuan)}`, location: p.location };
}

/** 元 as written for a person: 1234500 → 123.45万元. */
export function yuanText(yuan: number): string {
  if (Math.abs(yuan) < 10000) return `${yuan}元`;
  const wan = yuan / 10000;
  // whole 元 are a few decimals of 万元: toFixed(6) is exact for them, then trailing zeros go
  return `${wan.toFixed(6).replace(/\.?0+$/, '')}万元`;
}
