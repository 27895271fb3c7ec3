/** The console's words, in Chinese (default) and English. Data, not logic. */
import type { Lang } from '../export/lang.js';
import { STATUS_WORDS } from '../export/lexicon-checks.js';

const zh = {
  file: '文件',
  projects: '项目',
  errors: '错误',
  warnings: '警告',
  status: '状态',
  'status.ok': STATUS_WORDS.ok.zh,
  'status.findings': STATUS_WORDS.findings.zh,
  'status.unchecked': STATUS_WORDS.unchecked.zh,
  'status.failed': STATUS_WORDS.failed.zh,
  failedHeading: '无法读取的文件：',
  totals: '合计：{reports} 份报告，{projects} 个项目，{errors} 个错误，{warnings} 个警告，{unchecked} 份未核对，{failed} 个文件无法读取，用时 {elapsed}',
  uncheckedNote: '未核对：没有可比对的数字（无项目表、合计或自评表），需人工阅读。',
  batchTotals: '；跨报告问题 {batch} 个',
  outputs: '输出已写入 {dir}',
  lockFiles: '已跳过 {n} 个 Word 临时锁文件（~$ 开头）',
  nothing: '没有找到要检查的文件（.docx .doc .wps .txt .pdf .xlsx .xls）。',
  skippedHeading: '未检查的文件（不是可读取的格式）：',
  skippedTotals: '另有 {n} 个文件不是可读取的格式，未检查（{byExtension}），见 skipped.csv',
  interrupted: '已中断：{done}/{total} 份报告的结果已完整写出。',
};

export type ConsoleText = typeof zh;

const en: ConsoleText = {
  file: 'file',
  projects: 'projects',
  errors: 'errors',
  warnings: 'warnings',
  status: 'status',
  'status.ok': STATUS_WORDS.ok.en,
  'status.findings': STATUS_WORDS.findings.en,
  'status.unchecked': STATUS_WORDS.unchecked.en,
  'status.failed': STATUS_WORDS.failed.en,
  failedHeading: 'Files that could not be read:',
  totals: 'Total: {reports} reports, {projects} projects, {errors} errors, {warnings} warnings, {unchecked} unchecked, {failed} unreadable files, {elapsed}',
  uncheckedNote: 'unchecked: nothing to compare (no project table, stated total or form) — a person must read it.',
  batchTotals: '; {batch} findings across reports',
  outputs: 'Outputs written to {dir}',
  lockFiles: 'Skipped {n} Word lock files (~$…)',
  nothing: 'No files to check were found (.docx .doc .wps .txt .pdf .xlsx .xls).',
  skippedHeading: 'Files not checked (not a format jixiao reads):',
  skippedTotals: 'Also {n} files not checked, not a format jixiao reads ({byExtension}); see skipped.csv',
  interrupted: 'Interrupted: results of {done} of {total} reports were written completely.',
};

export function consoleText(lang: Lang): ConsoleText {
  return lang === 'en' ? en : zh;
}

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? `{${key}}`));
}
