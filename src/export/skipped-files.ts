/**
 * The files a folder held that jixiao does not read (pictures, archives…):
 * `skipped.csv` and a short list on report.html, so the count of submissions
 * matches the outputs and nothing is dropped without a word. Pure: the list
 * in, text out.
 */
import { BOM, csvRecord } from './csv.js';
import type { Lang } from './lang.js';

export interface SkippedFile {
  path: string;
  /** lower case with its dot (`.jpg`), or '' when the name has none */
  extension: string;
}

export const SKIPPED_CSV_HEADER = ['file', 'extension', 'reason'] as const;

const REASON = {
  zh: '不是 jixiao 读取的格式（可读取：.docx .doc .wps .txt .pdf .xlsx .xls），未检查',
  en: 'not a format jixiao reads (it reads .docx .doc .wps .txt .pdf .xlsx .xls); not checked',
};

export function skippedCsv(files: readonly SkippedFile[], lang: Lang): string {
  return BOM + csvRecord(SKIPPED_CSV_HEADER) + files.map((file) => csvRecord([file.path, file.extension, REASON[lang]])).join('');
}

/** How many of each extension, most first (`.jpg 3, .zip 1`); a name without one shows as `(none)`. */
export function skippedByExtension(files: readonly SkippedFile[]): string {
  const counts = new Map<string, number>();
  for (const file of files) counts.set(file.extension || '(none)', (counts.get(file.extension || '(none)') ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([extension, n]) => `${extension} ${n}`)
    .join(', ');
}

const HTML_TEXT = {
  zh: { heading: '未检查的文件（格式不支持）', extension: '扩展名' },
  en: { heading: 'Files not checked (format not read)', extension: 'extension' },
};

const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A static list for report.html, empty when nothing was skipped. */
export function skippedHtml(files: readonly SkippedFile[], lang: Lang): string {
  if (files.length === 0) return '';
  const t = HTML_TEXT[lang];
  const items = files.map((file) => `<li>${escape(file.path)} <small>${escape(t.extension)} ${escape(file.extension || '(none)')}</small></li>`).join('');
  return `<section id="skipped"><h2>${escape(t.heading)} (${files.length})</h2><p>${escape(REASON[lang])}</p><ul>${items}</ul></section>\n`;
}
