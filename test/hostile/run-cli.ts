/**
 * Runs the built CLI (`bin/jixiao.js` → dist/) on a folder with --out, as an
 * auditor would, and reads back its CSV outputs. `npm test` builds dist/
 * before vitest runs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const cliBuilt = existsSync(path.join(repoRoot, 'dist/cli/main.js'));
if (!cliBuilt) console.warn('note: dist/cli/main.js is missing (run npm run build); the CLI parts of the hostile tests are skipped');

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), `jixiao-${prefix}-`));
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export function runCheck(inputs: string[], out: string, extra: string[] = [], timeoutMs = 120_000): CliRun {
  const started = performance.now();
  const run = spawnSync(process.execPath, [path.join(repoRoot, 'bin/jixiao.js'), 'check', ...inputs, '--out', out, '--quiet', '--fail-on', 'never', ...extra], {
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, ms: performance.now() - started };
}

/** RFC 4180 CSV (quoted fields, doubled quotes, CRLF) into rows of objects keyed by the header; the BOM is checked and dropped. */
export function readCsv(file: string): Record<string, string>[] {
  const text = readFileSync(file, 'utf8');
  if (!text.startsWith('\uFEFF')) throw new Error(`${file} does not start with a UTF-8 BOM`);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.slice(1);
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n' || (c === '\r' && body[i + 1] === '\n')) {
      if (c === '\r') i++;
      row.push(cell), rows.push(row), (row = []), (cell = '');
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) row.push(cell), rows.push(row);
  const [header, ...data] = rows;
  if (!header) return [];
  return data.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
}
