// Two bodies' reports whose prose is largely the same beyond the template wording, or whose project tables share most rows: one was likely copied from the other, and its figures may not be its own.
import type { Evidence } from '../../model.js';
import type { CollectedReport } from '../collector.js';
import { differentEntities, type BatchContext } from '../context.js';
import { otherPassage, otherRow, ownPassage, ownRow } from '../evidence.js';
import { candidatePairs } from '../lsh.js';
import { MinHasher } from '../minhash.js';
import { projectGroups } from '../project-groups.js';
import { batchPair, type BatchPair, type BatchRule } from '../rule.js';
import type { PassageDetail, ProjectDetail } from '../signature.js';
import {
  COPY_MIN_CHARS,
  COPY_MIN_PASSAGES,
  COPY_MIN_ROWS,
  COPY_PROSE_SHARE,
  COPY_ROWS_SHARE,
  LSH_BANDS,
  LSH_BUCKET_CAP,
  MAX_EVIDENCE_ITEMS,
  MINHASH_SEED,
  MINHASH_SIZE,
} from '../thresholds.js';

interface Distinctive {
  hashes: Uint32Array;
  chars: number;
}

/** A report's passages that are not template (fewer reports than the template threshold share them). */
function distinctive(ctx: BatchContext, r: CollectedReport): Distinctive {
  const hashes: number[] = [];
  let chars = 0;
  r.passageHashes.forEach((h, k) => {
    if (ctx.passageFrequency(h) < ctx.templateMin) {
      hashes.push(h);
      chars += r.passageChars[k] ?? 0;
    }
  });
  return { hashes: Uint32Array.from(hashes), chars };
}

/** Shared hashes of two ascending arrays, and their characters as counted in `a`. */
function shared(a: CollectedReport, da: Distinctive, db: Distinctive): { hashes: Set<number>; chars: number } {
  const hashes = new Set<number>();
  let chars = 0;
  let j = 0;
  for (const h of da.hashes) {
    while (j < db.hashes.length && (db.hashes[j] as number) < h) j++;
    if (db.hashes[j] === h) {
      hashes.add(h);
      const k = a.passageHashes.indexOf(h);
      chars += a.passageChars[k] ?? 0;
    }
  }
  return { hashes, chars };
}

interface Match {
  passages: number;
  chars: number;
  share: number;
  passageHashes: Set<number>;
  rows: number;
  rowShare: number;
}

export const copiedReport: BatchRule = {
  code: 'copied-report',
  severity: 'warning',
  title: { zh: '疑似照抄他人报告', en: 'Report copied from another body' },
  checks: {
    zh: '不同单位的报告正文除模板文字外大段相同，或项目表大部分行（名称和金额）相同——可能照抄了另一单位的报告，其中的数字未必属于本单位。至少3份（且占批次5%以上）报告共有的句子视为模板，不算证据。',
    en: 'Two bodies’ reports whose prose is largely the same beyond the template wording, or whose project tables share most rows (name and amount) — one was likely copied from the other, and its figures may not be its own. Sentences found in at least 3 reports (and 5% of the batch) are template and do not count.',
  },
  find(ctx) {
    const { reports } = ctx;
    const dist = reports.map((r) => (r ? distinctive(ctx, r) : null));
    const matches = new Map<string, Match>();
    const key = (a: number, b: number) => `${a}:${b}`;
    const blank = (): Match => ({ passages: 0, chars: 0, share: 0, passageHashes: new Set(), rows: 0, rowShare: 0 });

    // prose: candidates from MinHash/LSH over the non-template passages, confirmed on the passage hashes
    const hasher = new MinHasher(MINHASH_SIZE, MINHASH_SEED);
    const minhashes = dist.map((d) => (d && d.hashes.length > 0 ? hasher.signature(d.hashes) : null));
    const tried = new Set<string>();
    candidatePairs(minhashes, { bands: LSH_BANDS, bucketCap: LSH_BUCKET_CAP }, (i, j) => {
      const k = key(i, j);
      if (tried.has(k)) return;
      tried.add(k);
      const a = reports[i];
      const b = reports[j];
      const da = dist[i];
      const db = dist[j];
      if (!a || !b || !da || !db || !differentEntities(a, b)) return;
      const both = shared(a, da, db);
      const smaller = Math.min(da.chars, db.chars);
      if (both.hashes.size >= COPY_MIN_PASSAGES && both.chars >= COPY_MIN_CHARS && both.chars >= COPY_PROSE_SHARE * smaller) {
        matches.set(k, { ...blank(), passages: both.hashes.size, chars: both.chars, share: both.chars / smaller, passageHashes: both.hashes });
      }
    });
    minhashes.fill(null);

    // rows: pairs of bodies that list the same projects with the same amounts
    const rowCounts = new Map<string, number>();
    for (const group of projectGroups(ctx)) {
      for (let x = 0; x < group.reports.length; x++) {
        for (let y = x + 1; y < group.reports.length; y++) {
          const i = group.reports[x] as number;
          const j = group.reports[y] as number;
          const a = reports[i];
          const b = reports[j];
          if (a && b && differentEntities(a, b)) rowCounts.set(key(i, j), (rowCounts.get(key(i, j)) ?? 0) + 1);
        }
      }
    }
    for (const [k, rows] of rowCounts) {
      const [i, j] = k.split(':').map(Number) as [number, number];
      const smaller = Math.min(new Set(reports[i]?.projectHashes).size, new Set(reports[j]?.projectHashes).size);
      if (rows >= COPY_MIN_ROWS && rows >= COPY_ROWS_SHARE * smaller) {
        matches.set(k, { ...(matches.get(k) ?? blank()), rows, rowShare: rows / smaller });
      }
    }

    const pairs: BatchPair[] = [];
    for (const k of [...matches.keys()].sort(byPair)) {
      const [i, j] = k.split(':').map(Number) as [number, number];
      if (ctx.marked('duplicate-submission', i, j)) continue;
      ctx.mark(this.code, i, j);
      pairs.push(describe(ctx, this, i, j, matches.get(k) as Match));
    }
    return pairs;
  },
};

function byPair(x: string, y: string): number {
  const [a1, b1] = x.split(':').map(Number) as [number, number];
  const [a2, b2] = y.split(':').map(Number) as [number, number];
  return a1 - a2 || b1 - b2;
}

function describe(ctx: BatchContext, rule: BatchRule, ia: number, ib: number, match: Match): BatchPair {
  const a = ctx.reports[ia] as CollectedReport;
  const b = ctx.reports[ib] as CollectedReport;
  const da = ctx.details(ia);
  const db = ctx.details(ib);
  // the longest shared passages are the clearest evidence; confirmed on the keys, not only the hashes
  const passagesB = new Map<number, PassageDetail>();
  for (const p of db.passages) if (match.passageHashes.has(p.hash) && !passagesB.has(p.hash)) passagesB.set(p.hash, p);
  const seen = new Set<number>();
  const passagePairs: [PassageDetail, PassageDetail][] = [];
  for (const p of da.passages) {
    const q = passagesB.get(p.hash);
    if (q && q.key === p.key && !seen.has(p.hash)) {
      seen.add(p.hash);
      passagePairs.push([p, q]);
    }
  }
  passagePairs.sort((x, y) => y[0].key.length - x[0].key.length);
  const rowPairs: [ProjectDetail, ProjectDetail][] = [];
  if (match.rows > 0) {
    const rowsB = new Map<number, ProjectDetail>();
    for (const p of db.projects) if (!rowsB.has(p.hash)) rowsB.set(p.hash, p);
    for (const p of da.projects) {
      const q = rowsB.get(p.hash);
      if (q && q.nameKey === p.nameKey && q.amountYuan === p.amountYuan) rowPairs.push([p, q]);
    }
  }
  const topPassages = passagePairs.slice(0, MAX_EVIDENCE_ITEMS);
  const topRows = rowPairs.slice(0, MAX_EVIDENCE_ITEMS);
  const pct = (x: number) => Math.round(100 * x);
  const side = (self: CollectedReport, other: CollectedReport, mine: 0 | 1) => {
    const zh: string[] = [];
    const en: string[] = [];
    if (match.passages > 0) {
      zh.push(`除模板文字外有${match.passages}段文字相同（占较短一份非模板文字的${pct(match.share)}%）`);
      en.push(`${match.passages} passages beyond the template wording are the same (${pct(match.share)}% of the shorter one’s non-template prose)`);
    }
    if (match.rows > 0) {
      zh.push(`${match.rows}个项目的名称和金额相同（占较少一方项目的${pct(match.rowShare)}%）`);
      en.push(`${match.rows} projects have the same name and amount (${pct(match.rowShare)}% of the smaller table)`);
    }
    const evidence: Evidence[] = [];
    for (const pair of topPassages) evidence.push(ownPassage(pair[mine]), otherPassage(other.path, pair[mine === 0 ? 1 : 0]));
    for (const pair of topRows) evidence.push(ownRow(pair[mine]), otherRow(other.path, pair[mine === 0 ? 1 : 0]));
    return {
      message: `与 ${other.path}（${other.entity ?? '另一单位'}）的报告大量相同：${zh.join('；')}——可能照抄了另一单位的报告，其中数字未必属于${self.entity ?? '本单位'}。`,
      messageEn: `Largely the same as ${other.path} (${other.entity ?? 'another body'}): ${en.join('; ')} — one was likely copied from the other, and its figures may not be ${self.entity ?? 'this body'}’s.`,
      expected: null,
      actual: match.passages > 0 ? pct(match.share) : pct(match.rowShare),
      evidence,
      details: { otherFile: other.path, sharedPassages: match.passages, sharedChars: match.chars, proseShare: match.share, sharedRows: match.rows, rowShare: match.rowShare },
    };
  };
  return batchPair(rule, ia, ib, side(a, b, 0), side(b, a, 1));
}
