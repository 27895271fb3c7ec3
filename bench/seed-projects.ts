/**
 * The project rows of the seed report (fixtures/shenxing-2022-summary.txt),
 * read from its flattened table (one cell per line with a leading tab, rows
 * split by blank lines), so generated reports carry real project names and
 * realistic amounts.
 */
import { readFileSync } from 'node:fs';

export interface SeedProject {
  department: string;
  name: string;
  /** the amount in 万元 as written */
  amount: string;
  /** completion in percent as written, without the % */
  completion: string;
  score: string;
}

export const seedPath = new URL('../fixtures/shenxing-2022-summary.txt', import.meta.url);

export function readSeedText(): string {
  return readFileSync(seedPath, 'utf8');
}

export function seedProjects(text: string = readSeedText()): SeedProject[] {
  const rows: string[][] = [];
  let current: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('\t')) {
      current.push(line.slice(1).trim());
    } else if (current.length > 0) {
      rows.push(current);
      current = [];
    }
  }
  if (current.length > 0) rows.push(current);
  return rows
    .filter((cells) => cells.length === 5 && /^\d/.test(cells[2] ?? ''))
    .map(([department, name, amount, completion, score]) => ({
      department: department ?? '',
      name: name ?? '',
      amount: amount ?? '',
      completion: (completion ?? '').replace('%', ''),
      score: score ?? '',
    }));
}
