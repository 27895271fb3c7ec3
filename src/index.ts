/**
 * jixiao as a library: the pipeline stages as pure functions over the model,
 * and `checkBytes` for one file end to end. The CLI is a thin shell around
 * these.
 */
export * from './model.js';
export { checkBytes, failedReport, type CheckOptions } from './pipeline.js';
export { ingest, IngestError, DEFAULT_LIMITS, isWordLockFile, type IngestLimits } from './ingest/index.js';
export { parse, nameKey, keyTokens } from './parse/index.js';
export { validate, rules, rulesMarkdown, type Rule, type Lang } from './validate/index.js';
export { reportJsonSchema } from './schema.js';
export * as decimal from './decimal.js';
