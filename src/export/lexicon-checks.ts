/**
 * The words for a report's checks, shared by every export: the four statuses
 * and why a comparing rule could not run (the kebab-case reason of its
 * `needs()`), in Chinese and English. Data, not logic; a reason not listed
 * here (a rule added later) is shown as its own kebab-case word.
 */
import type { CheckRun, ReportStatus } from '../model.js';
import type { Lang } from './lang.js';

export const STATUS_WORDS: Record<ReportStatus, { zh: string; en: string }> = {
  ok: { zh: '通过', en: 'ok' },
  findings: { zh: '有问题', en: 'findings' },
  unchecked: { zh: '未核对', en: 'unchecked' },
  failed: { zh: '无法读取', en: 'unreadable' },
};

export const REASON_WORDS: Record<string, { zh: string; en: string }> = {
  'no-project-rows': { zh: '无项目行', en: 'no project rows' },
  'no-declared-count': { zh: '未声明项目数', en: 'no stated count' },
  'no-declared-total': { zh: '未声明合计', en: 'no stated total' },
  'no-declared-score': { zh: '未声明自评得分', en: 'no stated score' },
  'no-scored-rows': { zh: '项目无得分', en: 'no scored rows' },
  'no-declared-distribution': { zh: '未声明完成分布', en: 'no stated distribution' },
  'rows-incomplete': { zh: '项目列表不全', en: 'project list incomplete' },
  'no-completion-rows': { zh: '项目无完成率', en: 'no completion rows' },
  'no-breakdown': { zh: '无“其中”分项', en: 'no breakdown' },
  'nothing-stated-twice': { zh: '无重复声明', en: 'nothing stated twice' },
  'no-form': { zh: '无自评表', en: 'no form' },
  'no-funds-rows': { zh: '无资金行', en: 'no funds rows' },
  'no-indicators': { zh: '无绩效指标', en: 'no indicators' },
  'no-stated-rate': { zh: '未声明比率', en: 'no stated rate' },
  'no-rate-operands': { zh: '比率无算式数据', en: 'no figures for the rate' },
  'no-group-weights': { zh: '无指标分组分值', en: 'no group weights' },
  'no-total-score': { zh: '无总分', en: 'no total score' },
};

export function statusWord(status: ReportStatus, lang: Lang): string {
  return STATUS_WORDS[status][lang];
}

export function reasonWord(reason: string, lang: Lang): string {
  return REASON_WORDS[reason]?.[lang] ?? reason;
}

/**
 * A report's checks in one short line: the rules that compared figures, then
 * those that could not and why — `ran: count-mismatch, total-mismatch; not run:
 * score-mismatch (no stated score)`. Empty when there are no checks (a failed file).
 */
export function checksText(checks: readonly CheckRun[], lang: Lang): string {
  const ran = checks.filter((c) => c.ran).map((c) => c.code);
  const notRun = checks.filter((c) => !c.ran).map((c) => (c.reason ? `${c.code}${lang === 'zh' ? `（${reasonWord(c.reason, lang)}）` : ` (${reasonWord(c.reason, lang)})`}` : c.code));
  const parts: string[] = [];
  const [ranLabel, notRunLabel, sep] = lang === 'zh' ? ['已核对：', '未核对：', '；'] : ['ran: ', 'not run: ', '; '];
  const list = lang === 'zh' ? '、' : ', ';
  if (ran.length > 0) parts.push(ranLabel + ran.join(list));
  if (notRun.length > 0) parts.push(notRunLabel + notRun.join(list));
  return parts.join(sep);
}
