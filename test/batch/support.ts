/** Runs files through the pipeline in-process and the batch stage over their signatures, as `check` does across threads. */
import { BatchCollector } from '../../src/batch/collector.js';
import { runBatch, type BatchResult } from '../../src/batch/run-batch.js';
import { batchSignature } from '../../src/batch/signature.js';
import type { SourceDocument } from '../../src/model.js';
import { checkBytes } from '../../src/pipeline.js';

export interface NamedBytes {
  name: string;
  bytes: Uint8Array;
}

export async function batchOf(files: readonly NamedBytes[]): Promise<BatchResult & { names: string[] }> {
  const collector = new BatchCollector();
  try {
    for (const file of files) {
      let doc: SourceDocument | null = null;
      const report = await checkBytes(file.name, file.bytes, { onDocument: (d) => (doc = d) });
      collector.add(report.summary.status === 'failed' ? null : batchSignature(report, doc));
    }
    return { ...runBatch(collector), names: files.map((f) => f.name) };
  } finally {
    collector.close();
  }
}

/** `code a b` per pair, for comparing with what was planted. */
export function pairLines(result: BatchResult): string[] {
  return result.pairs.map((p) => `${p.code} ${p.fileA} ${p.fileB}`);
}
