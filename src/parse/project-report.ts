/**
 * The one project of a single-project report (项目支出绩效自评报告): named by
 * the title (`…XX项目绩效自评报告`) or a `项目名称：` line, its amount the
 * budget the text states. A title naming a funding stream (`衔接资金项目`)
 * is not one project's. Failing that, a report whose money went to one
 * named project (`共下达105万元,用于实施XX项目。`) lists that project, and
 * so does a report without a table whose prose names one project
 * (`…资金即XX项目`, `XX项目建设内容：`), its amount unknown.
 * Only asked when no table or prose list gives the projects.
 */
import { fromNumber } from '../decimal.js';
import type { AmountUnit, Block, Claim, ParagraphBlock, Project } from '../model.js';
import {
  FINAL_BUDGET_WORDS,
  FUND_IS_PROJECT,
  FUNDING_STREAM_NAME,
  PROJECT_DESCRIBED,
  PROJECT_NAME_LABEL,
  PROJECT_REPORT_TITLE,
  TITLE_LEAD,
  USED_FOR_PROJECT,
} from './lexicon-prose.js';
import { KIND_WORDS } from './lexicon.js';
import { readAmount, toHalfWidth } from './numbers.js';
import { isSpecificName, project, statedCompletion, withCompletion, type Amount } from './prose-projects.js';

export interface ReportProject {
  project: Project;
  /** named as the report's subject (title or label): the report is a project report */
  named: boolean;
}

/** The project's name in the title, or null when the title names no single project. */
export function projectOfTitle(title: string): string | null {
  const m = PROJECT_REPORT_TITLE.exec(toHalfWidth(title).replace(/\s+/g, ''));
  if (!m) return null;
  const name = m[1]!.replace(TITLE_LEAD, '').trim();
  return name.length < 4 || FUNDING_STREAM_NAME.test(name) ? null : name;
}

/** The budget the text states: one figure, or the final (adjusted) one of several. */
function budgetOf(claims: readonly Claim[]): Amount | null {
  const budgets = claims.filter((c): c is Extract<Claim, { type: 'budgetAmount' }> => c.type === 'budgetAmount');
  const distinct = new Set(budgets.map((b) => `${b.value}${b.unit}`));
  const chosen = distinct.size === 1 ? budgets[0] : budgets.find((b) => FINAL_BUDGET_WORDS.test(b.quote));
  return chosen ? { decimal: fromNumber(chosen.value), unit: chosen.unit, raw: `${chosen.value}${chosen.unit}` } : null;
}

/** The completion a sentence naming the project states (`XX项目已完成竣工验收,完成率100%`). */
function completionOf(p: Project, paragraphs: readonly { text: string }[]): Project {
  const sentences = paragraphs.flatMap((x) => x.text.split(/[。；;]/)).filter((t) => t.includes(p.name));
  return withCompletion(p, statedCompletion(toHalfWidth(sentences.join('。'))));
}

export function readReportProject(blocks: readonly Block[], title: { title: string | null; blocks: number[] }, claims: readonly Claim[]): ReportProject | null {
  const paragraphs = blocks.flatMap((b) => (b.type === 'paragraph' ? [b] : []));
  const isForm = paragraphs.some((p) => KIND_WORDS.indicatorHeader.test(p.text)) || blocks.some((b) => b.type === 'table');
  if (!isForm && title.title && /报告$/.test(title.title)) {
    const fromTitle = projectOfTitle(title.title);
    const label = paragraphs.map((p) => ({ p, m: PROJECT_NAME_LABEL.exec(p.text) })).find((x) => x.m);
    const name = fromTitle ?? label?.m?.[1] ?? null;
    if (name) {
      const at = fromTitle ? blocks[title.blocks[0]!]!.location : label!.p.location;
      return { project: completionOf(project(name, budgetOf(claims), 1, at), paragraphs), named: true };
    }
  }
  // money given to one named project
  const uses = paragraphs.flatMap((p) => [...toHalfWidth(p.text).matchAll(USED_FOR_PROJECT)].map((m) => ({ m, p })));
  const names = new Set(uses.map((u) => u.m[3]!.trim()));
  if (names.size > 1) return null;
  if (names.size === 1) {
    const { m, p } = uses[0]!;
    const decimal = readAmount(m[1]!);
    const amount = decimal ? { decimal, unit: m[2] as AmountUnit, raw: `${m[1]}${m[2]}` } : null;
    return { project: completionOf(project(m[3]!.trim(), amount, 1, p.location), paragraphs), named: false };
  }
  // one project the prose names (no table: a table would list the projects itself)
  if (blocks.some((b) => b.type === 'table')) return null;
  const named = namedInProse(paragraphs);
  return named ? { project: completionOf(project(named.name, null, 1, named.at), paragraphs), named: false } : null;
}

/**
 * The one project a report's prose names: the fund that is it
 * (`…资金即XX项目(普惠)`), or the subject of its description
 * (`XX项目建设内容：…`). Null when the prose names none, or more than one.
 * Its amount is not read: the money stated is the fund's, not the name's.
 */
function namedInProse(paragraphs: readonly ParagraphBlock[]): { name: string; at: ParagraphBlock['location'] } | null {
  const found = paragraphs.flatMap((p) => {
    const half = toHalfWidth(p.text);
    return [FUND_IS_PROJECT, PROJECT_DESCRIBED].flatMap((pattern) =>
      [...half.matchAll(pattern)].map((m) => {
        // half-width keeps positions: the name is cut from the text as written
        const at = m.index + m[0].indexOf(m[1]!);
        return { name: p.text.slice(at, at + m[1]!.length).trim(), at: p.location };
      }),
    );
  });
  const names = found.filter((f) => isSpecificName(f.name));
  return new Set(names.map((n) => n.name)).size === 1 ? names[0]! : null;
}
