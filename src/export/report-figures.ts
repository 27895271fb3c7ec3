/**
 * The headline figures of one report as an auditor compares them: what the
 * text declares against what the project table gives. Pure; shared by the
 * CSV row and the console.
 */
import { fromNumber, shift, toNumber, type Decimal } from '../decimal.js';
import type { Claim, ClaimOf, ClaimType, Report } from '../model.js';
import { findingMessage, type Lang } from './lang.js';

/** One value when every claim of that type agrees, all the distinct values (`24 / 25`) when they do not. */
export type Declared = number | string | null;

function distinct(values: readonly number[]): Declared {
  const unique = [...new Set(values)];
  if (unique.length === 0) return null;
  if (unique.length === 1) return unique[0] ?? null;
  return unique.join(' / ');
}

function claimsOf<T extends ClaimType>(report: Report, type: T): ClaimOf<T>[] {
  return report.claims.filter((c: Claim): c is ClaimOf<T> => c.type === type);
}

/** A money claim in 万元, converted exactly. */
function inWan(value: number, unit: '万元' | '元'): number {
  const d: Decimal = fromNumber(value);
  return unit === '元' ? toNumber(shift(d, -4)) : value;
}

export function declaredProjectCount(report: Report): Declared {
  return distinct(claimsOf(report, 'projectCount').map((c) => c.value));
}

export function declaredTotalWan(report: Report): Declared {
  return distinct(claimsOf(report, 'totalAmount').map((c) => inWan(c.value, c.unit)));
}

export function declaredScore(report: Report): Declared {
  return distinct(claimsOf(report, 'selfScore').map((c) => c.value));
}

/** Mean of the row scores, to two decimals; null when no row has a score. */
export function meanScore(report: Report): number | null {
  const scores = report.projects.map((p) => p.score).filter((s): s is number => s !== null);
  if (scores.length === 0) return null;
  return Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100;
}

/** Why a file could not be read (its `ingest-failed` finding), or null. */
export function failureReason(report: Report, lang: Lang): string | null {
  const failure = report.findings.find((f) => f.code === 'ingest-failed');
  return failure ? findingMessage(failure, lang) : null;
}
