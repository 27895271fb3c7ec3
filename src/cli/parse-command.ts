/** `jixiao parse <file>`: one report's JSON, with findings, on stdout. */
import type { IngestLimits } from '../ingest/limits.js';
import type { Streams } from './check-command.js';
import { checkFile } from './check-file.js';

export async function runParse(file: string, io: Streams, limits: Partial<IngestLimits> = {}): Promise<number> {
  const report = await checkFile(file, limits);
  io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  if (report.summary.status === 'failed') {
    const failure = report.findings.find((f) => f.code === 'ingest-failed');
    io.stderr.write(`jixiao: ${file}: ${failure?.message ?? 'could not be read'}\n`);
    return 1;
  }
  return 0;
}
