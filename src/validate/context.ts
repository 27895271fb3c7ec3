/**
 * Facts several rules need, derived once from a report: claims by type, the
 * project rows split into table rows and prose-listed rows, which of them an
 * auditor would count, and the declared project count when the text agrees
 * with itself about it.
 */
import type { ClaimOf, ClaimType, Location, Project, Report } from '../model.js';

export interface RuleContext {
  claimsOf<T extends ClaimType>(type: T): ClaimOf<T>[];
  /** rows that came from a project table */
  tableRows: readonly Project[];
  /** projects listed in prose (分别为 A、B… or numbered paragraphs) */
  proseRows: readonly Project[];
  /**
   * The rows an auditor counts against the text: the table rows when there is
   * a project table, otherwise the prose-listed projects. (A prose list next
   * to a table usually repeats or highlights some of its rows.)
   */
  countedRows: readonly Project[];
  /** the declared project count when every projectCount claim says the same, else null */
  declaredCount: number | null;
  /**
   * Whether countedRows can be taken as all the projects: a table is, a prose
   * list is only when it has at least as many items as the text declares
   * (a list of highlights or one ending in 等 is not).
   */
  rowsComplete: boolean;
  /** rows of one table (or of the prose list for null) */
  rowsOfTable(tableId: string | null): Project[];
}

export function buildContext(report: Report): RuleContext {
  const tableRows = report.projects.filter((p) => p.tableId !== null);
  const proseRows = report.projects.filter((p) => p.tableId === null);
  const countedRows = tableRows.length > 0 ? tableRows : proseRows;
  const counts = new Set(report.claims.flatMap((c) => (c.type === 'projectCount' ? [c.value] : [])));
  const declaredCount = counts.size === 1 ? [...counts][0]! : null;
  const rowsComplete =
    tableRows.length > 0 || (proseRows.length > 0 && declaredCount !== null && proseRows.length >= declaredCount);
  return {
    claimsOf: <T extends ClaimType>(type: T) => report.claims.filter((c): c is ClaimOf<T> => c.type === type),
    tableRows,
    proseRows,
    countedRows,
    declaredCount,
    rowsComplete,
    rowsOfTable: (tableId) => report.projects.filter((p) => p.tableId === tableId),
  };
}

/** Two locations on the same line (text) or block (docx): the same sentence or paragraph. */
export function sameParagraph(a: Location, b: Location): boolean {
  if (a.line !== undefined && b.line !== undefined) return a.line === b.line;
  if (a.block !== undefined && b.block !== undefined) return a.block === b.block;
  return false;
}

/** A sortable position: line or block, then row. */
export function positionKey(location: Location | null | undefined): [number, number] {
  if (!location) return [Number.MAX_SAFE_INTEGER, 0];
  return [location.line ?? location.block ?? Number.MAX_SAFE_INTEGER, location.row ?? 0];
}
