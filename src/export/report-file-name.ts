/**
 * The name of an input's JSON under `reports/`: its path with separators
 * turned into `__`, so the name leads back to the input
 * (`fixtures/a/report.docx` → `fixtures__a__report.docx.json`). Two inputs
 * that would still collide (case-insensitive file systems, `../` dropped,
 * characters Windows refuses) get a short hash of the full path.
 */
import { createHash } from 'node:crypto';

const MAX_STEM = 150;

function stemOf(inputPath: string): string {
  const stem = inputPath
    .split(/[\\/]+/)
    .filter((part) => part !== '' && part !== '.' && part !== '..')
    .join('__')
    .replace(/[<>:"|?*\u0000-\u001f]/g, '_');
  return stem === '' ? 'report' : stem;
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8);
}

/** Hands out names in the order inputs are written; remembers only the names, not the reports. */
export class ReportFileNames {
  private readonly taken = new Set<string>();

  next(inputPath: string): string {
    let stem = stemOf(inputPath);
    if (stem.length > MAX_STEM) stem = `${stem.slice(0, MAX_STEM)}-${shortHash(inputPath)}`;
    let name = `${stem}.json`;
    for (let attempt = 0; this.taken.has(name.toLowerCase()); attempt++) {
      name = `${stem}-${shortHash(`${inputPath}#${attempt}`)}.json`;
    }
    this.taken.add(name.toLowerCase());
    return name;
  }
}
