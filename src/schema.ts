/** The JSON Schema of a report, generated from the zod model (the committed copy lives in schemas/). */
import { z } from 'zod';
import { ReportSchema } from './model.js';

export function reportJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ReportSchema, { target: 'draft-2020-12', io: 'output'}) as Record<string, unknown>;
  return { ...schema, $id: 'https://jixiao.invalid/schemas/report.schema.json' };
}

/** The schema as committed: stable key order, two-space indent, trailing newline. */
export function reportJsonSchemaText(): string {
  return `${JSON.stringify(reportJsonSchema(), null, 2)}\n`;
}
