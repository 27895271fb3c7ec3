/**
 * Projects listed in prose rather than a table, taken only when the text
 * clearly lists projects:
 * - numbered paragraphs right after a count or `具体情况如下`, each naming a
 *   project and its amount (`1.理论学习专项。…安排经费12万元。`); every item
 *   must state an amount and none may be titled like a report topic
 *   (`资金投入情况`), so ordinary numbered paragraphs are not projects;
 * - `分别为A、B、C` after a count of projects (names only, amounts null
 *   unless written beside a name).
 */
import { toNumber, type Decimal } from '../decimal.js';
import type { AmountUnit, Block, Project } from '../model.js';
import { AMOUNT_PATTERN, NAMED_LIST, PROJECT_NAME_ENDINGS, PROSE_AMOUNT_CUE, PROSE_LIST_INTRO, TOPIC_TITLE } from './lexicon.js';
import { nameKey } from './name-key.js';
import { readAmount, toHalfWidth, toYuan } from './numbers.js';
import type { Heading } from './sections.js';

const AMOUNT = new RegExp(AMOUNT_PATTERN, 'g');

export interface ProseProjects {
  projects: Project[];
  /** blocks whose text is one project's own paragraph (their amounts are not report totals) */
  itemBlocks: Set<number>;
}

interface Amount {
  decimal: Decimal;
  unit: AmountUnit;
  /** the amount as written */
  raw: string;
}

function project(name: string, amount: Amount | null, row: number, location: Block['location']): Project {
  return {
    tableId: null,
    row,
    department: null,
    name,
    nameKey: nameKey(name),
    amount: amount ? toNumber(amount.decimal) : null,
    amountUnit: amount?.unit ?? null,
    amountYuan: amount ? toNumber(toYuan(amount.decimal, amount.unit)) : null,
    completion: null,
    score: null,
    raw: { amount: amount?.raw ?? null, completion: null, score: null },
    location,
  };
}

/** The amount a project paragraph assigns: the last amount led by 安排/资金/经费…, else its only amount. */
function paragraphAmount(text: string): Amount | null {
  const half = toHalfWidth(text);
  const all = [...half.matchAll(AMOUNT)];
  const cued = all.filter((m) => PROSE_AMOUNT_CUE.test(half.slice(Math.max(0, m.index - 12), m.index)));
  const m = cued.at(-1) ?? (all.length === 1 ? all[0] : undefined);
  const decimal = m ? readAmount(m[1]!) : null;
  return m && decimal ? { decimal, unit: m[2] as AmountUnit, raw: text.slice(m.index, m.index + m[0].length) } : null;
}

/** `1.` → 1, `（3）` → 3: the item's ordinal, so a list must count 1, 2, 3… */
function ordinal(number: string | null): number | null {
  const digits = /\d+/.exec(toHalfWidth(number ?? ''));
  return digits ? Number(digits[0]) : null;
}

function numberedItems(blocks: readonly Block[], headings: readonly (Heading | null)[], introAt: number): { projects: Project[]; blocks: number[] } | null {
  const first = headings[introAt + 1];
  if (!first || ordinal(first.number) !== 1) return null;
  const items: { name: string; amount: Amount | null; at: number }[] = [];
  for (let j = introAt + 1; j < blocks.length; j += 1) {
    const block = blocks[j]!;
    const heading = headings[j];
    if (block.type !== 'paragraph' || !heading || heading.style !== first.style || ordinal(heading.number) !== items.length + 1) break;
    items.push({ name: heading.title, amount: paragraphAmount(block.text), at: j });
  }
  if (items.length === 0 || items.some((i) => i.amount === null || i.name === '' || TOPIC_TITLE.test(i.name))) return null;
  return {
    projects: items.map((item, k) => project(item.name, item.amount, k + 1, blocks[item.at]!.location)),
    blocks: items.map((i) => i.at),
  };
}

/** Split a `、` list into names; with a declared count, parts that do not end like a name join the next. */
export function splitNames(list: string, count: number | null): string[] {
  let parts = list.split('、').map((p) => p.trim()).filter((p) => p !== '');
  if (count !== null && parts.length > count) {
    const merged: string[] = [];
    let pending = '';
    for (const [k, part] of parts.entries()) {
      const name = pending === '' ? part : `${pending}、${part}`;
      const remaining = parts.length - k - 1;
      if (PROJECT_NAME_ENDINGS.test(toHalfWidth(name)) || remaining + merged.length + 1 <= count) {
        merged.push(name);
        pending = '';
      } else pending = name;
    }
    if (pending !== '') merged.push(pending);
    parts = merged;
  }
  return parts;
}

function namedList(text: string, count: number | null, location: Block['location']): Project[] {
  const m = NAMED_LIST.exec(toHalfWidth(text));
  if (!m) return [];
  const from = m.index + m[0].length;
  const rest = text.slice(from);
  const stop = rest.search(/[。；;]/);
  const list = (stop < 0 ? rest : rest.slice(0, stop)).replace(/等[^、]*$/, '').trim();
  return splitNames(list, count).map((part, k) => {
    const amountMatch = [...toHalfWidth(part).matchAll(AMOUNT)].at(-1);
    const decimal = amountMatch ? readAmount(amountMatch[1]!) : null;
    if (amountMatch && decimal && amountMatch.index + amountMatch[0].length === part.length) {
      const raw = part.slice(amountMatch.index);
      return project(part.slice(0, amountMatch.index).trim(), { decimal, unit: amountMatch[2] as AmountUnit, raw }, k + 1, location);
    }
    return project(part, null, k + 1, location);
  });
}

/**
 * `countIn(i)`: the project count declared in block i, if any (a count
 * introduces a list as surely as `具体情况如下` does).
 */
export function readProseProjects(
  blocks: readonly Block[],
  headings: readonly (Heading | null)[],
  countIn: (block: number) => number | null,
): ProseProjects {
  const projects: Project[] = [];
  const itemBlocks = new Set<number>();
  for (const [i, block] of blocks.entries()) {
    if (block.type !== 'paragraph') continue;
    const count = countIn(i);
    const named = namedList(block.text, count, block.location);
    if (named.length > 0) {
      projects.push(...named);
      continue;
    }
    if (count === null && !PROSE_LIST_INTRO.test(block.text)) continue;
    const items = numberedItems(blocks, headings, i);
    if (!items) continue;
    projects.push(...items.projects);
    items.blocks.forEach((b) => itemBlocks.add(b));
  }
  return { projects, itemBlocks };
}
