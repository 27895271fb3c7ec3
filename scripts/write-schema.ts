// Regenerates schemas/report.schema.json from the zod model (npm run schema).
import { writeFileSync } from 'node:fs';
import { reportJsonSchemaText } from '../src/schema.js';

writeFileSync(new URL('../schemas/report.schema.json', import.meta.url), reportJsonSchemaText());
console.log('wrote schemas/report.schema.json');
