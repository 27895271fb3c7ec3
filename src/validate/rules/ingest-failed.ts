// A file that cannot be read at all is reported, never skipped, so every input is accounted for. (The pipeline produces this finding; it is listed here for the catalogue.)
import type { Rule } from '../rule.js';

export const ingestFailed: Rule = {
  code: 'ingest-failed',
  severity: 'error',
  title: { zh: '文件无法读取', en: 'File could not be read' },
  checks: {
    zh: '文件能否读取（格式、编码、损坏、过大）——读不了的文件不会被悄悄跳过，每个输入都有交代。',
    en: 'The file can be read at all (format, encoding, damage, size) — an unreadable file is reported, never silently skipped, so every input is accounted for.',
  },
  check: () => [],
};
