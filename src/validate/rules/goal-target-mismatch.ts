// A form's 年度总体目标 that plans a quantity of a thing (采购苗木12万株) while the indicator for that thing targets another quantity in the same unit (15万株), and no indicator carries the goal's figure: the plan and the indicators the project is scored on disagree.
import { toString, type Decimal } from '../../decimal.js';
import type { Evidence, Finding, Form, Indicator, Report } from '../../model.js';
import { readFigure } from '../figures.js';
import { finding } from '../finding.js';
import { formName, indicatorCell, plainDecimal } from '../forms.js';
import {
  GOAL_CLAUSE_BREAKS,
  GOAL_GENERIC_WORDS,
  GOAL_INEXACT_AFTER,
  GOAL_INEXACT_BEFORE,
  GOAL_UNIT_EXTENSIONS,
  GOAL_UNITS_EXCLUDED,
} from '../lexicon.js';
import { toHalfWidth } from '../../parse/numbers.js';
import type { Rule } from '../rule.js';

interface GoalQuantity {
  value: Decimal;
  /** the clause the quantity stands in (`采购核桃苗木12万株`) */
  clause: string;
  /** a bound, range or estimate (约, 以上, 200-300) */
  inexact: boolean;
}

interface Target {
  ind: Indicator;
  index: number;
  value: Decimal;
  unit: string;
}

/** A unit that counts things: not a rate, money or a date, and not a ratio (元/人). */
function countable(unit: string): boolean {
  return unit !== '' && !GOAL_UNITS_EXCLUDED.includes(unit) && !/[/／]/u.test(unit);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

function key(value: Decimal): string {
  return toString(value);
}

/** Every `<number><unit>` of the goal text, with its clause; a number glued to a longer unit (人次 for 人) is not one. */
export function goalQuantities(text: string, unit: string): GoalQuantity[] {
  const found: GoalQuantity[] = [];
  const pattern = new RegExp(`(?<![\\d.,A-Za-z])(\\d+(?:,\\d{3})*(?:\\.\\d+)?)\\s*${escape(unit)}`, 'gu');
  for (const m of text.matchAll(pattern)) {
    const start = m.index!;
    const end = start + m[0].length;
    const after = text.slice(end);
    if (GOAL_UNIT_EXTENSIONS.some((w) => after.startsWith(w))) continue;
    const value = plainDecimal(m[1]!);
    if (!value) continue;
    const before = text.slice(0, start);
    const inexact = GOAL_INEXACT_BEFORE.some((w) => before.endsWith(w)) || GOAL_INEXACT_AFTER.some((w) => after.startsWith(w));
    const clauseStart = Math.max(...[...before.matchAll(new RegExp(GOAL_CLAUSE_BREAKS.source, 'gu'))].map((b) => b.index! + 1), 0);
    const rest = after.search(GOAL_CLAUSE_BREAKS);
    const clause = text.slice(clauseStart, rest < 0 ? text.length : end + rest);
    found.push({ value, clause, inexact });
  }
  return found;
}

/** The words of a name or clause, as pairs of Chinese characters, without the generic ones. */
function words(text: string): Set<string> {
  const pairs = new Set<string>();
  const cleaned = text.replace(/指标\s*\d*/gu, ' ');
  for (const run of cleaned.match(/\p{Script=Han}+/gu) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) {
      const pair = run.slice(i, i + 2);
      if (!GOAL_GENERIC_WORDS.includes(pair)) pairs.add(pair);
    }
  }
  return pairs;
}

/** Two shared words (or one shared run of three characters) make a clause speak of the indicator's thing. */
const SHARED_WORDS = 2;

export function sameThing(clause: string, name: string): boolean {
  const mine = words(clause);
  let shared = 0;
  for (const w of words(name)) if (mine.has(w)) shared++;
  return shared >= SHARED_WORDS;
}

function targets(form: Form): Target[] {
  return form.indicators.flatMap((ind, index) => {
    const figure = readFigure(ind.target);
    return figure && countable(figure.unit) ? [{ ind, index, value: figure.value, unit: figure.unit }] : [];
  });
}

/** The figures the indicators carry in `unit`, targets and actuals: a goal figure any of them has is accounted for. */
function indicatorValues(form: Form, unit: string): Set<string> {
  const values = new Set<string>();
  for (const ind of form.indicators) {
    for (const text of [ind.target, ind.actual]) {
      const figure = readFigure(text);
      if (figure && figure.unit === unit) values.add(key(figure.value));
    }
  }
  return values;
}

interface Mismatch {
  goal: GoalQuantity;
  target: Target;
}

/**
 * Per unit: the goal figures no indicator carries, and the indicators whose target figure the goal does not
 * state. Only one of each, speaking of the same thing, is a mismatch; several, an inexact one, or words that
 * do not match leave the pairing unknown.
 */
function mismatches(form: Form, planned: string): Mismatch[] {
  const all = targets(form);
  const units = [...new Set(all.map((t) => t.unit))];
  return units.flatMap((unit) => {
    const quantities = goalQuantities(planned, unit);
    if (quantities.length === 0 || quantities.some((q) => q.inexact)) return [];
    const carried = indicatorValues(form, unit);
    const stated = new Set(quantities.map((q) => key(q.value)));
    const unmatchedGoals = quantities.filter((q) => !carried.has(key(q.value)));
    const unmatchedTargets = all.filter((t) => t.unit === unit && !stated.has(key(t.value)));
    if (new Set(unmatchedGoals.map((q) => key(q.value))).size !== 1 || unmatchedTargets.length !== 1) return [];
    const target = unmatchedTargets[0]!;
    const goal = unmatchedGoals.find((q) => sameThing(q.clause, target.ind.name));
    return goal ? [{ goal, target }] : [];
  });
}

function planned(form: Form): string | null {
  const text = form.goals?.planned;
  return text ? toHalfWidth(text) : null;
}

function goalCell(form: Form, text: string): Evidence {
  return { kind: 'formCell', formId: form.id, part: 'goals', index: 0, field: 'planned', label: '年度总体目标', text, location: form.location };
}

export const goalTargetMismatch: Rule = {
  code: 'goal-target-mismatch',
  severity: 'warning',
  title: { zh: '总体目标与指标值不符', en: 'Goal and indicator target disagree' },
  checks: {
    zh: '自评表年度总体目标写明的数量（如采购苗木12万株）是否与同一事项指标的年度指标值（同一计量单位）一致，而不是另一个数（如15万株）——目标与据以评分的指标不一致，说明其中之一有误；百分比、金额、年份不比较，单位不同、数量有多个或为约数、用语对不上时不作判断。',
    en: 'A quantity a form’s 年度总体目标 states (12万株 of seedlings bought) is the target of the indicator for the same thing in the same unit, not another figure (15万株) — if not, the plan or the indicators the project is scored on is wrong; percentages, money and years are not compared, nor are different units, several or approximate quantities, or words that do not match.',
  },
  needs(report) {
    if (report.forms.length === 0) return 'no-form';
    return report.forms.some((f) => planned(f) !== null && targets(f).length > 0) ? null : 'no-goal-quantities';
  },
  check(report) {
    const findings: Finding[] = [];
    for (const form of report.forms) {
      const text = planned(form);
      if (text === null) continue;
      const name = formName(form);
      for (const { goal, target } of mismatches(form, text)) {
        const figure = `${toString(goal.value)}${target.unit}`;
        findings.push(
          finding(this, {
            message: `${name.zh}年度总体目标写明「${goal.clause}」（${figure}），但指标「${target.ind.name}」的年度指标值为${target.ind.target}，且没有指标取${figure}。`,
            messageEn: `In ${name.en}, the annual goal states “${goal.clause}” (${figure}), but indicator “${target.ind.name}” targets ${target.ind.target}, and no indicator carries ${figure}.`,
            expected: Number(toString(goal.value)),
            actual: Number(toString(target.value)),
            evidence: [goalCell(form, form.goals?.planned ?? text), indicatorCell(form, target.index, 'target', target.ind.target)],
            details: { formId: form.id, indicator: target.ind.name, unit: target.unit, goal: toString(goal.value), target: toString(target.value) },
          }),
        );
      }
    }
    return findings;
  },
};
