/**
 * Writes a deterministic benchmark corpus of synthetic self-evaluation
 * reports into bench/corpus/<count>/ (gitignored): .docx and .txt in the
 * layouts met in the wild, seed-like (12–40 rows) and large (200 rows),
 * varied townships, years and units, some with a planted contradiction.
 * A manifest.json lists every file with what was planted in it.
 *
 *   node --import tsx bench/make-corpus.ts [--count 400] [--seed 20221231] [--out DIR]
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRng } from './prng.js';
import { producerTemplates, withProducerStyles } from './producer-styles.js';
import { renderDocx } from './render-docx.js';
import { renderText, TEXT_LAYOUTS, type TextLayout } from './render-text.js';
import { reportBlocks } from './report-blocks.js';
import { seedProjects } from './seed-projects.js';
import { synthReport, type Contradiction } from './synth-report.js';

export const corpusRoot = fileURLToPath(new URL('./corpus/', import.meta.url));
export const DEFAULT_SEED = 20221231;

export interface CorpusEntry {
  file: string;
  format: 'docx' | 'txt';
  layout: TextLayout | 'docx';
  /** the producer whose template styles the .docx wears (python-docx.docx, libreoffice.docx), or null */
  producer: string | null;
  rows: number;
  bytes: number;
  contradictions: Contradiction[];
}

export interface CorpusManifest {
  seed: number;
  count: number;
  /** whether the producers' templates were there to dress half the .docx in */
  producers: boolean;
  files: CorpusEntry[];
}

/** The corpus of `count` reports, generated if it is not already there; returns its folder and manifest. */
export async function ensureCorpus(count: number, seed = DEFAULT_SEED, dir = path.join(corpusRoot, String(count))): Promise<{ dir: string; manifest: CorpusManifest }> {
  const manifestPath = path.join(dir, 'manifest.json');
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as CorpusManifest;
    if (manifest.seed === seed && manifest.count === count && manifest.producers === producerTemplates().length > 0) return { dir, manifest };
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const seedRows = seedProjects();
  const templates = producerTemplates();
  const files: CorpusEntry[] = [];
  for (let i = 0; i < count; i++) {
    // One stream per file: file i is the same whatever the count, so the 1,000 set is a prefix of the 5,000 set.
    const rng = createRng(seed + i * 7919);
    const rows = rng.chance(0.15) ? 200 : rng.int(12, 40);
    const report = synthReport(rng, seedRows, { rows, contradictionRate: 0.25 });
    const blocks = reportBlocks(report, rng);
    const asDocx = rng.chance(0.5);
    const layout: TextLayout | 'docx' = asDocx ? 'docx' : rng.pick(TEXT_LAYOUTS);
    const base = `${String(i + 1).padStart(5, '0')}-${report.year}年${report.township}`;
    const file = asDocx ? `${base}.docx` : `${base}.txt`;
    // Half the .docx wear a real producer's template (~350 KB of styles), as most submissions do.
    const template = asDocx && templates.length > 0 && rng.chance(0.5) ? rng.pick(templates) : null;
    const rendered = layout === 'docx' ? await renderDocx(blocks) : Buffer.from(renderText(blocks, layout), 'utf8');
    const bytes = template ? withProducerStyles(rendered, template.files) : rendered;
    writeFileSync(path.join(dir, file), bytes);
    files.push({
      file,
      format: asDocx ? 'docx' : 'txt',
      layout,
      producer: template?.name ?? null,
      rows: report.projects.length,
      bytes: bytes.byteLength,
      contradictions: report.contradictions,
    });
  }
  const manifest: CorpusManifest = { seed, count, producers: templates.length > 0, files };
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 1)}\n`);
  return { dir, manifest };
}

function option(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const count = Number(option(args, '--count') ?? 400);
  const seed = Number(option(args, '--seed') ?? DEFAULT_SEED);
  const out = option(args, '--out');
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
    console.error('usage: make-corpus [--count N] [--seed S] [--out DIR]');
    process.exit(2);
  }
  const started = performance.now();
  const { dir, manifest } = await ensureCorpus(count, seed, out ? path.resolve(out) : undefined);
  const docx = manifest.files.filter((f) => f.format === 'docx').length;
  const planted = manifest.files.filter((f) => f.contradictions.length > 0).length;
  console.log(`${dir}: ${manifest.count} reports (${docx} docx, ${manifest.count - docx} txt, ${planted} with a planted contradiction) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
