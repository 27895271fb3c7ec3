/**
 * Small builders for parser tests: SourceDocuments by hand, and text run
 * through the real text reader (so tests see what ingestion gives).
 */
import { readFileSync } from 'node:fs';
import { readText } from '../../src/ingest/read-text.js';
import { DEFAULT_LIMITS } from '../../src/ingest/limits.js';
import { ingest } from '../../src/ingest/index.js';
import type { Block, Meta, ParagraphBlock, Report, SourceDocument, TableBlock } from '../../src/model.js';
import { parse } from '../../src/parse/index.js';

export function para(text: string, line: number, opts: { headingLevel?: number; listNumber?: string } = {}): ParagraphBlock {
  return { type: 'paragraph', text, headingLevel: opts.headingLevel ?? null, listNumber: opts.listNumber ?? null, location: { line } };
}

export function table(rows: string[][], line: number): TableBlock {
  return {
    type: 'table',
    rows,
    rowLocations: rows.map((_, i) => ({ line: line + i })),
    location: { line, endLine: line + rows.length - 1 },
    layout: 'pipe',
  };
}

export function doc(...blocks: Block[]): SourceDocument {
  return { source: { path: 'test.txt', sha256: '0'.repeat(64), format: 'txt', encoding: 'utf-8', bytes: 0 }, blocks, warnings: [] };
}

/** Paragraphs from lines of text, one per line, numbered from 1. */
export function docOfLines(...lines: string[]): SourceDocument {
  return doc(...lines.map((text, i) => para(text, i + 1)));
}

export function textDoc(text: string, path = 'generated.txt'): SourceDocument {
  const bytes = new TextEncoder().encode(text);
  return readText(bytes, { path, sha256: '0'.repeat(64), bytes: bytes.length }, DEFAULT_LIMITS);
}

export function parseText(text: string, path?: string): Report {
  return parse(textDoc(text, path));
}

export async function parseFile(path: string): Promise<Report> {
  return parse(await ingest({ path, bytes: readFileSync(path) }));
}

export function claimsOf<T extends Report['claims'][number]['type']>(report: Report, type: T): Extract<Report['claims'][number], { type: T }>[] {
  return report.claims.filter((c): c is Extract<Report['claims'][number], { type: T }> => c.type === type);
}

/** What the seed report says about itself. */
export const SEED_META: Meta = {
    title: '2022年度神星镇人民政府（部门）整体绩效自评工作报告',
    year: 2022,
    entity: '神星镇人民政府',
    township: '神星镇',
    county: '满城区',
    kind: 'township-summary',
  };
