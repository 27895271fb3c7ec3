/**
 * Text files: bytes → SourceDocument. Minimal first cut (each non-blank line a
 * paragraph, UTF-8 only); decoding and table recovery follow.
 */
import type { SourceDocument } from '../model.js';
import type { IngestLimits } from './limits.js';
import { IngestError } from './ingest-error.js';

export function readText(
  bytes: Uint8Array,
  source: { path: string; sha256: string; bytes: number },
  limits: IngestLimits,
): SourceDocument {
  if (bytes.length > limits.maxTextBytes) {
    throw new IngestError('too-large', `文本文件过大（${bytes.length} 字节）。`, `The text file is too large (${bytes.length} bytes).`);
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  const blocks: SourceDocument['blocks'] = [];
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    const trimmed = line.trim();
    if (trimmed !== '') blocks.push({ type: 'paragraph', text: trimmed, headingLevel: null, listNumber: null, location: { line: i + 1 } });
  });
  return { source: { ...source, format: 'txt', encoding: 'utf-8' }, blocks, warnings: [] };
}
