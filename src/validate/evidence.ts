/** Evidence an auditor can follow: the claim as quoted, where it is, and the table rows involved. */
import type { Claim, Evidence, Location, Project } from '../model.js';

export function claimEvidence(claim: Claim): Evidence {
  return { kind: 'claim', claimId: claim.id, quote: claim.quote, sectionId: claim.sectionId, location: claim.location };
}

export function rowEvidence(row: Project): Evidence {
  return { kind: 'row', tableId: row.tableId, row: row.row, name: row.name, location: row.location };
}

export function quoteEvidence(quote: string, location: Location | null = null): Evidence {
  return { kind: 'quote', quote, location };
}

export function rowsEvidence(rows: readonly Project[]): Evidence[] {
  return rows.map(rowEvidence);
}
