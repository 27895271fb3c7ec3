/** The console's words, in Chinese (default) and English. Data, not logic. */
import type { Lang } from '../export/lang.js';

const zh = {
  file: '文件',
  projects: '项目',
  errors: '错误',
  warnings: '警告',
  status: '状态',
  'status.ok': '通过',
  'status.findings': '有问题',
  'status.unchecked': '未核对',
  'status.failed': '无法读取',
  failedHeading: '无法读取的文件：',
  totals: '合计：{reports} 份报告，{projects} 个项目，{errors} 个错误，{warnings} 个警告，{failed} 个文件无法读取，用时 {elapsed}',
  batchTotals: '；跨报告问题 {batch} 个',
  outputs: '输出已写入 {dir}',
  lockFiles: '已跳过 {n} 个 Word 临时锁文件（~$ 开头）',
  nothing: '没有找到要检查的 .docx 或 .txt 文件。',
  interrupted: '已中断：{done}/{total} 份报告的结果已完整写出。',
};

export type ConsoleText = typeof zh;

const en: ConsoleText = {
  file: 'file',
  projects: 'projects',
  errors: 'errors',
  warnings: 'warnings',
  status: 'status',
  'status.ok': 'ok',
  'status.findings': 'findings',
  'status.unchecked': 'unchecked',
  'status.failed': 'unreadable',
  failedHeading: 'Files that could not be read:',
  totals: 'Total: {reports} reports, {projects} projects, {errors} errors, {warnings} warnings, {failed} unreadable files, {elapsed}',
  batchTotals: '; {batch} findings across reports',
  outputs: 'Outputs written to {dir}',
  lockFiles: 'Skipped {n} Word lock files (~$…)',
  nothing: 'No .docx or .txt files to check were found.',
  interrupted: 'Interrupted: results of {done} of {total} reports were written completely.',
};

export function consoleText(lang: Lang): ConsoleText {
  return lang === 'en' ? en : zh;
}

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? `{${key}}`));
}
