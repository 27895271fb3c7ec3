/**
 * The producers' .docx files in ../shared/producers (one report saved by python-docx, LibreOffice and pandoc)
 * are read in place, never copied. Under CI=true a missing folder is a failure; elsewhere those tests skip
 * with a printed note.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './corpus.js';

export const producersDir = path.resolve(repoRoot, '../shared/producers');
export const producersAvailable = existsSync(producersDir);
if (!producersAvailable) {
  if (process.env.CI === 'true') {
    throw new Error(`the shared producers folder is missing at ${producersDir}; CI must run beside a copy of shared/`);
  }
  console.warn(`note: ${producersDir} not found; producer tests are skipped`);
}

export interface ProducerFile {
  name: string;
  bytes: Buffer;
}

/** Every .docx of the folder, by name. */
export function producerDocx(): ProducerFile[] {
  if (!producersAvailable) return [];
  return readdirSync(producersDir)
    .filter((f) => f.endsWith('.docx'))
    .sort()
    .map((name) => ({ name, bytes: readFileSync(path.join(producersDir, name)) }));
}

/** The text all of them were made from. */
export function producerSource(): Buffer | null {
  return producersAvailable ? readFileSync(path.join(producersDir, 'source.txt')) : null;
}
