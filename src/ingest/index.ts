// Placeholder until the ingestion issue lands: the signature the pipeline relies on.
import type { SourceDocument } from '../model.js';
import type { IngestLimits } from './limits.js';

export async function ingest(_file: { path: string; bytes: Uint8Array }, _limits?: Partial<IngestLimits>): Promise<SourceDocument> {
  throw new Error('ingest: not implemented yet');
}
