/**
 * The real inputs the fuzz suite mutates: the seed .txt as published, the
 * seed rendered as a .docx (headings, prose, its real 24-row table), and
 * any committed fixtures/*.docx.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { DocBlock } from '../../bench/report-blocks.js';
import { renderDocx } from '../../bench/render-docx.js';
import { readSeedText } from '../../bench/seed-projects.js';

export const fixturesDir = fileURLToPath(new URL('../../fixtures/', import.meta.url));

export const seedText = readSeedText();
export const seedBytes = Buffer.from(seedText, 'utf8');

/** The seed's lines as docx blocks: its flattened table (tab-prefixed cells, blank-line rows) becomes a Word table. */
export function seedBlocks(text: string = seedText): DocBlock[] {
  const blocks: DocBlock[] = [];
  let table: string[][] | null = null;
  let row: string[] = [];
  const endRow = () => {
    if (row.length > 0) (table ??= []).push(row);
    row = [];
  };
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('\t')) {
      row.push(line.slice(1).trim());
    } else if (line.trim() === '') {
      endRow();
    } else {
      endRow();
      if (table) blocks.push({ kind: 'table', rows: table });
      table = null;
      blocks.push(/^[一二三四五六七八九十]+、/.test(line) ? { kind: 'heading', level: 1, text: line } : { kind: 'paragraph', text: line.trim() });
    }
  }
  endRow();
  if (table) blocks.push({ kind: 'table', rows: table });
  return blocks;
}

export async function seedDocx(): Promise<Buffer> {
  return renderDocx(seedBlocks());
}

/** Committed Word fixtures, when there are any. */
export function committedDocx(): { name: string; bytes: Buffer }[] {
  return readdirSync(fixturesDir)
    .filter((f) => f.endsWith('.docx'))
    .sort()
    .map((name) => ({ name, bytes: readFileSync(path.join(fixturesDir, name)) }));
}
