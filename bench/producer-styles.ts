/**
 * Real producers' templates for the bench: a rendered .docx re-dressed in the
 * styles of a file that python-docx or LibreOffice wrote (~350 KB of
 * styles.xml, and Word 2010's stylesWithEffects.xml where the template has
 * it). The document's own style definitions are kept where the template
 * lacks them, so it reads the same; what changes is what a reader must wade
 * through, which is what made such files cost 1.6× mammoth before.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readZipDirectory, readZipEntry, writeZip, type ZipFile } from '../src/ingest/zip-entries.js';

export const producersDir = fileURLToPath(new URL('../../shared/producers/', import.meta.url));

const STYLE = /<w:style(?=[\s>/])[^>]*?w:styleId="([^"]*)"[^>]*?(?:\/>|>[\s\S]*?<\/w:style>)/g;
const TEMPLATE_PARTS = ['word/stylesWithEffects.xml'];

function unzip(bytes: Uint8Array): ZipFile[] {
  return readZipDirectory(bytes)
    .filter((e) => !e.name.endsWith('/'))
    .map((e) => ({ name: e.name, data: readZipEntry(bytes, e) }));
}

const text = (files: readonly ZipFile[], name: string) => {
  const file = files.find((f) => f.name === name);
  return file ? new TextDecoder().decode(file.data) : null;
};

/** The producers' templates found beside the repo (none when ../shared/producers is absent). */
export function producerTemplates(): { name: string; files: ZipFile[] }[] {
  if (!existsSync(producersDir)) return [];
  return readdirSync(producersDir)
    .filter((f) => f.endsWith('.docx') && !f.startsWith('pandoc'))
    .sort()
    .map((name) => ({ name, files: unzip(readFileSync(path.join(producersDir, name))) }));
}

/** `docx` with the template's styles.xml (plus any of its own styles the template lacks) and template-only parts. */
export function withProducerStyles(docx: Uint8Array, template: readonly ZipFile[]): Uint8Array {
  const files = unzip(docx);
  const own = text(files, 'word/styles.xml');
  const theirs = text(template, 'word/styles.xml');
  if (own === null || theirs === null) return docx;
  const theirIds = new Set([...theirs.matchAll(STYLE)].map((m) => m[1]));
  const missing = [...own.matchAll(STYLE)].filter((m) => !theirIds.has(m[1])).map((m) => m[0]);
  const styles = theirs.replace('</w:styles>', `${missing.join('')}</w:styles>`);
  const out = files.map((f) => (f.name === 'word/styles.xml' ? { name: f.name, data: new TextEncoder().encode(styles) } : f));
  for (const name of TEMPLATE_PARTS) {
    const part = template.find((f) => f.name === name);
    if (part && !out.some((f) => f.name === name)) out.push(part);
  }
  return writeZip(out, { deflate: true });
}
