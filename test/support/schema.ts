// Every report a test produces can be checked against the committed JSON Schema with ajv.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Report } from '../../src/model.js';

const schema = JSON.parse(readFileSync(new URL('../../schemas/report.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateReport = ajv.compile(schema);

/** Throws with ajv's errors when the report does not match the committed schema. */
export function expectValidReport(report: Report | unknown): void {
  if (!validateReport(report)) {
    throw new Error(`report does not match schemas/report.schema.json:\n${ajv.errorsText(validateReport.errors, { separator: '\n' })}`);
  }
}
