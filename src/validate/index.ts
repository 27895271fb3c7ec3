// Placeholder until the validate issue lands: the signature the pipeline relies on.
import type { Report } from '../model.js';

export function validate(_report: Report): Report {
  throw new Error('validate: not implemented yet');
}
