/**
 * What the batch stage needs of one report, computed in the worker that made
 * it: who and when (entity, year), the file's hash, a few figures, and
 * hashes of its passages and project keys — small typed arrays that cross
 * threads cheaply. The words behind the hashes (`details`) are only needed
 * as evidence; the main thread moves them to disk on arrival.
 */
import type { Location, Report, SourceDocument } from '../model.js';
import { declaredProjectCount, declaredScore, declaredTotalWan, type Declared } from '../export/report-figures.js';
import { toHalfWidth } from '../parse/numbers.js';
import { hash32 } from './hash.js';
import { prosePassages } from './passages.js';

export interface SignatureFigures {
  declaredProjectCount: Declared;
  declaredTotalWan: Declared;
  declaredScore: Declared;
  projectCount: number;
  amountTotal: number | null;
}

export interface PassageDetail {
  hash: number;
  key: string;
  text: string;
  location: Location;
}

export interface ProjectDetail {
  hash: number;
  name: string;
  nameKey: string;
  amountYuan: number;
  tableId: string | null;
  row: number;
  location: Location;
}

export interface SignatureDetails {
  passages: PassageDetail[];
  projects: ProjectDetail[];
}

export interface BatchSignature {
  path: string;
  sha256: string;
  /** the body as written, and a key for comparing bodies across reports (null when unknown) */
  entity: string | null;
  entityKey: string | null;
  year: number | null;
  figures: SignatureFigures;
  /** distinct passage-key hashes, ascending, with each one's key length (characters) */
  passageHashes: Uint32Array;
  passageChars: Uint32Array;
  /** one hash of (name key, amount in 元) per project row that has both, in row order */
  projectHashes: Uint32Array;
  /** the words behind the hashes; moved to disk by the main thread, so null once collected */
  details: SignatureDetails | null;
}

export function entityKey(entity: string | null): string | null {
  if (entity === null) return null;
  // 神星镇人民政府（部门） and 神星镇人民政府 are one body
  const key = toHalfWidth(entity).replace(/[(（][^)）]*[)）]/g, '').replace(/[\p{P}\p{S}\s]+/gu, '');
  return key.length >= 2 ? key : null;
}

export function projectKeyHash(nameKey: string, amountYuan: number): number {
  return hash32(`${nameKey}\u0001${amountYuan}`);
}

export function batchSignature(report: Report, doc: SourceDocument | null): BatchSignature {
  const { meta } = report;
  const entity = meta.entity ?? meta.township;
  const passages: PassageDetail[] = (doc ? prosePassages(doc, meta) : []).map((p) => ({ ...p, hash: hash32(p.key) }));
  const chars = new Map<number, number>();
  for (const p of passages) chars.set(p.hash, p.key.length);
  const hashes = Uint32Array.from(chars.keys()).sort();
  const projects: ProjectDetail[] = report.projects.flatMap((p) =>
    p.amountYuan !== null && p.nameKey !== ''
      ? [{ hash: projectKeyHash(p.nameKey, p.amountYuan), name: p.name, nameKey: p.nameKey, amountYuan: p.amountYuan, tableId: p.tableId, row: p.row, location: p.location }]
      : [],
  );
  return {
    path: report.source.path,
    sha256: report.source.sha256,
    entity,
    entityKey: entityKey(entity),
    year: meta.year,
    figures: {
      declaredProjectCount: declaredProjectCount(report),
      declaredTotalWan: declaredTotalWan(report),
      declaredScore: declaredScore(report),
      projectCount: report.summary.projectCount,
      amountTotal: report.summary.amountTotal,
    },
    passageHashes: hashes,
    passageChars: Uint32Array.from(hashes, (h) => chars.get(h) ?? 0),
    projectHashes: Uint32Array.from(projects, (p) => p.hash),
    details: { passages, projects },
  };
}
