/**
 * One file through the whole pipeline: bytes → SourceDocument → Report →
 * Report with findings. A file that cannot be read — or that jixiao fails on
 * while analysing it — becomes a report with one `ingest-failed` finding
 * instead of an exception, so a batch never stops.
 */
import { createHash } from 'node:crypto';
import { ingest } from './ingest/index.js';
import { IngestError } from './ingest/ingest-error.js';
import type { IngestLimits } from './ingest/limits.js';
import { parse } from './parse/index.js';
import { validate } from './validate/index.js';
import { SCHEMA_VERSION, type Report, type SourceDocument } from './model.js';

/** The analysing stages after ingestion; replaceable so a test can make one fail. */
export interface AnalysisStages {
  parse: (doc: SourceDocument) => Report;
  validate: (report: Report) => Report;
}

export interface CheckOptions {
  limits?: Partial<IngestLimits>;
  stages?: Partial<AnalysisStages>;
  /** sees the document once it is read (the batch stage takes its prose from it) */
  onDocument?: (doc: SourceDocument) => void;
}

export async function checkBytes(path: string, bytes: Uint8Array, options: CheckOptions = {}): Promise<Report> {
  let doc;
  try {
    doc = await ingest({ path, bytes }, options.limits);
  } catch (error) {
    return failedReport(path, bytes, toIngestError(error));
  }
  options.onDocument?.(doc);
  const stages = { parse, validate, ...options.stages };
  try {
    return stages.validate(stages.parse(doc));
  } catch (error) {
    return failedReport(path, bytes, internalError(error));
  }
}

/** A failure in parse or validate is jixiao's bug, not the file's: said so, with what to do. */
export function internalError(error: unknown): IngestError {
  const detail = error instanceof Error ? error.message : String(error);
  return new IngestError(
    'internal',
    `jixiao 分析该文件时出错（内部错误：${detail}），请将该文件反馈给维护者。`,
    `jixiao failed while analysing this file (internal error: ${detail}); please report it with the file.`,
  );
}

/** Any unexpected failure while reading is still reported in plain words, never as a stack trace. */
export function toIngestError(error: unknown): IngestError {
  if (error instanceof IngestError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new IngestError(
    'unreadable',
    `无法读取该文件（${detail}）。请确认文件完好，可用 Word/WPS 打开后另存为 .docx 或 UTF-8 文本后重试。`,
    `The file could not be read (${detail}). Check that it opens in Word/WPS, re-save it as .docx or UTF-8 text, and try again.`,
  );
}

/** The report of a file that could not be read: empty content and one `ingest-failed` error. */
export function failedReport(path: string, bytes: Uint8Array | null, error: IngestError): Report {
  return {
    schemaVersion: SCHEMA_VERSION,
    source: {
      path,
      sha256: bytes ? createHash('sha256').update(bytes).digest('hex') : '',
      format: 'unknown',
      encoding: null,
      bytes: bytes?.byteLength ?? 0,
      warnings: [],
    },
    meta: { title: null, year: null, entity: null, township: null, county: null, kind: null },
    sections: [],
    claims: [],
    tables: [],
    projects: [],
    forms: [],
    findings: [
      {
        code: 'ingest-failed',
        severity: 'error',
        message: error.reason,
        messageEn: error.reasonEn,
        expected: null,
        actual: error.kind,
        evidence: [],
      },
    ],
    batchFindings: [],
    summary: { projectCount: 0, amountTotal: null, errors: 1, warnings: 0, infos: 0, status: 'failed', checks: [] },
  };
}
