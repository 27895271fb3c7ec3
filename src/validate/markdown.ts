/** The catalogue as a Markdown table (code | severity | checks), for the README and `jixiao rules`: the report rules, then the batch rules. */
import { batchRules } from '../batch/catalogue.js';
import type { Severity } from '../model.js';
import type { Rule } from './rule.js';
import { rules as catalogue } from './catalogue.js';

/** What the table says of a rule; report and batch rules both have it. */
export type RuleInfo = Pick<Rule, 'code' | 'severity' | 'title' | 'checks'>;

export type Lang = 'zh' | 'en';

const HEADINGS: Record<Lang, [string, string, string]> = {
  zh: ['代码', '级别', '检查内容及原因'],
  en: ['code', 'severity', 'what it checks and why'],
};

const SEVERITY: Record<Lang, Record<Severity, string>> = {
  zh: { error: '错误', warning: '警告', info: '提示' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

/** Pipes would end a Markdown cell early. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

export function rulesMarkdown(lang: Lang = 'zh', list: readonly RuleInfo[] = [...catalogue, ...batchRules]): string {
  const [code, severity, checks] = HEADINGS[lang];
  const lines = [`| ${code} | ${severity} | ${checks} |`, '|---|---|---|'];
  for (const rule of list) {
    lines.push(`| \`${rule.code}\` | ${SEVERITY[lang][rule.severity]} | ${cell(`**${rule.title[lang]}**：${rule.checks[lang]}`.replace('：', lang === 'zh' ? '：' : ': '))} |`);
  }
  return `${lines.join('\n')}\n`;
}
