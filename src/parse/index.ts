// Placeholder until the parse issue lands: the signature the pipeline relies on.
import type { Report, SourceDocument } from '../model.js';

export function parse(_doc: SourceDocument): Report {
  throw new Error('parse: not implemented yet');
}
