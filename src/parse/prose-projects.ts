/**
 * Projects listed in prose rather than a table, taken only when the text
 * clearly lists projects:
 * - numbered paragraphs right after a count or `具体情况如下`, each naming a
 *   project and its amount (`1.理论学习专项。…安排经费12万元。`); every item
 *   must state an amount and none may be titled like a report topic
 *   (`资金投入情况`), so ordinary numbered paragraphs are not projects;
 * - numbered paragraphs each opening with a project's name as its lead
 *   clause (`1.2021年第一批…XX项目,…`), each with the fund it states;
 * - `分别为A、B、C` after a count of projects (names only, amounts null
 *   unless written beside a name);
 * - a list closed by its count, `包括A40万元,B7万元,C3万元等3个项目` or
 *   `开展了A、B、C等102个项目` (the count may be more than the names: the list
 *   is then partial), and a list opened by its count, `项目为一个：A`.
 */
import { toNumber, type Decimal } from '../decimal.js';
import type { AmountUnit, Block, Project } from '../model.js';
import { AMOUNT_PATTERN, BREAKDOWN_OPENER, NAME_YEARS, NAMED_LIST, NOT_TOTAL_LEAD, PROJECT_NAME_ENDINGS, PROSE_AMOUNT_CUE, PROSE_LIST_INTRO, SENTENCE_BREAK, TOPIC_TITLE } from './lexicon.js';
import {
  AMOUNT_LEAD_WORDS,
  COUNT_THEN_COLON,
  FUNDING_STREAM_NAME,
  INLINE_NUMBERED_ITEM,
  LIST_CLOSING_COUNT,
  LIST_OPENERS,
  NOT_NAME_START,
  ORDINAL_WORD_ITEM,
  PROJECT_LEAD_NAME,
} from './lexicon-prose.js';
import { clauseAround, markerInRun } from './claims/found.js';
import { parseChineseNumeral } from './numbers.js';
import { findRates } from './claims/rate.js';
import { nameKey } from './name-key.js';
import { readAmount, toHalfWidth, toYuan } from './numbers.js';
import type { Heading } from './sections.js';

const AMOUNT = new RegExp(AMOUNT_PATTERN, 'g');

export interface ProseProjects {
  projects: Project[];
  /** blocks whose text is one project's own paragraph (their amounts are not report totals) */
  itemBlocks: Set<number>;
}

export interface Amount {
  decimal: Decimal;
  unit: AmountUnit;
  /** the amount as written */
  raw: string;
}

/** A project read from prose (no table), its amount exact in its written unit and in 元. */
export function project(name: string, amount: Amount | null, row: number, location: Block['location']): Project {
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
  // a decimal split by a line-wrap space (`35. 3万元`) is one number; moving the space keeps every offset
  const half = toHalfWidth(text).replace(/(\d)\. (\d)/g, '$1.$2 ');
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
  let continued = 0;
  for (let j = introAt + 1; j < blocks.length; j += 1) {
    const block = blocks[j]!;
    const heading = headings[j];
    // an item's text cut into two paragraphs (a page break in extracted text) continues it: one such paragraph
    if (block.type === 'paragraph' && !heading && items.length > 0 && continued === 0) {
      continued += 1;
      continue;
    }
    if (block.type !== 'paragraph' || !heading || heading.style !== first.style || ordinal(heading.number) !== items.length + 1) break;
    continued = 0;
    items.push({ name: heading.title, amount: paragraphAmount(block.text), at: j });
  }
  if (items.length === 0 || items.some((i) => i.amount === null || i.name === '' || TOPIC_TITLE.test(i.name))) return null;
  // the rate the item's own first sentence states (`预算20万元，…使用率100%。`)
  const firstSentence = (text: string) => toHalfWidth(text).split(/[。；;]/)[0] ?? '';
  return {
    projects: items.map((item, k) => {
      const block = blocks[item.at]!;
      const completion = block.type === 'paragraph' ? statedCompletion(firstSentence(block.text)) : null;
      return withCompletion(project(item.name, item.amount, k + 1, block.location), completion);
    }),
    blocks: items.map((i) => i.at),
  };
}

/**
 * The fund a project paragraph states: the whole a `其中` qualifies
 * (`统筹整合使用财政涉农资金303万元,其中项目管理费3万元`), else the one amount a
 * fund word leads that is not a part, a payment or a result (`已拨付270万元`).
 * Null when the paragraph states none (a text cut short) or several.
 */
function fundAmount(text: string): Amount | null {
  const half = toHalfWidth(text);
  const all = [...half.matchAll(AMOUNT)];
  const wholes = all.filter((m) => BREAKDOWN_OPENER.test(half.slice(m.index + m[0].length)));
  const partAt = markerInRun(half, '其中', SENTENCE_BREAK);
  const funds =
    wholes.length > 0
      ? wholes
      : all.filter((m) => {
          const lead = half.slice(clauseAround(half, m.index, m.index + m[0].length)[0], m.index);
          return PROSE_AMOUNT_CUE.test(lead) && !NOT_TOTAL_LEAD.test(lead) && !partAt(m.index);
        });
  const values = new Set(funds.map((m) => `${m[1]}${m[2]}`));
  const m = funds[0];
  const decimal = m && values.size === 1 ? readAmount(m[1]!) : null;
  return m && decimal ? { decimal, unit: m[2] as AmountUnit, raw: text.slice(m.index, m.index + m[0].length) } : null;
}

/** what a name says besides its year and the word 项目 is this long at least: `重点项目`, `2022年度项目` are kinds, not names */
const NAME_CORE_MIN = 4;

/** A name of one project: not a kind (`重点项目`), a pointer (`本项目`) or a funding stream (`衔接资金项目`). */
export function isSpecificName(name: string): boolean {
  const core = name.replace(NAME_YEARS, '').replace(/项目(?:[(（][^()（）]*[)）])?$/, '');
  return core.length >= NAME_CORE_MIN && !NOT_NAME_START.test(name) && !FUNDING_STREAM_NAME.test(name);
}

/** A numbered paragraph's lead clause when it names a project (`2021年第一批…建设项目`), else null. */
function leadProjectName(heading: Heading | null | undefined): string | null {
  const lead = heading?.title.split(/[，,]/)[0]?.trim() ?? '';
  return PROJECT_LEAD_NAME.test(toHalfWidth(lead)) && isSpecificName(lead) ? lead : null;
}

/**
 * Numbered paragraphs from block `from` on, each opening with a project's
 * name as its lead clause, its amount the fund the paragraph states
 * (`1.2021年第一批…XX项目,项目实施…。…资金303万元,其中项目管理费3万元,…`);
 * an item cut before its fund has no amount. At least two items, and at
 * least one states its fund, so numbered aims that merely end in 项目 are
 * not taken for projects.
 */
function projectParagraphs(blocks: readonly Block[], headings: readonly (Heading | null)[], from: number): { projects: Project[]; blocks: number[] } | null {
  const first = headings[from];
  if (!first || ordinal(first.number) !== 1 || leadProjectName(first) === null) return null;
  const items: { name: string; text: string; at: number }[] = [];
  let continued = 0;
  for (let j = from; j < blocks.length; j += 1) {
    const block = blocks[j]!;
    const heading = headings[j];
    if (block.type !== 'paragraph') break;
    // an item's text cut into two paragraphs (a page break in extracted text) continues it: one such paragraph
    if (!heading && items.length > 0 && continued === 0) {
      continued += 1;
      items.at(-1)!.text += block.text;
      continue;
    }
    const name = leadProjectName(heading);
    if (!heading || heading.style !== first.style || ordinal(heading.number) !== items.length + 1 || name === null) break;
    continued = 0;
    items.push({ name, text: block.text, at: j });
  }
  const amounts = items.map((item) => fundAmount(item.text));
  if (items.length < 2 || amounts.every((a) => a === null)) return null;
  return {
    projects: items.map((item, k) => project(item.name, amounts[k]!, k + 1, blocks[item.at]!.location)),
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

/** a name read from a list is short and is not a sentence */
const LIST_NAME_MAX = 40;
/** a comma inside `27,356,490.88` does not separate items */
const ITEM_BREAK = /[，、；;]|,(?!\d{3})/;

/** `name amount` items; null unless every item ends with its amount. */
function itemsWithAmounts(list: string, location: Block['location']): Project[] | null {
  const parts = list.split(ITEM_BREAK).map((p) => p.trim()).filter((p) => p !== '');
  const items: Project[] = [];
  for (const part of parts) {
    const m = [...toHalfWidth(part).matchAll(AMOUNT)].at(-1);
    const decimal = m ? readAmount(m[1]!) : null;
    if (!m || !decimal || m.index + m[0].length !== part.length) return null;
    const name = part.slice(0, m.index).replace(/^(?:以及|和|及|与)/, '').trim();
    if (name === '' || name.length > LIST_NAME_MAX) return null;
    items.push(project(name, { decimal, unit: m[2] as AmountUnit, raw: part.slice(m.index) }, items.length + 1, location));
  }
  return items;
}

/** names split by `、` inside one clause; null when the list runs over a clause or a name is not a name */
function itemsNamed(list: string, location: Block['location']): Project[] | null {
  if (/[，,；;。]/.test(list)) return null;
  const names = list.split('、').map((p) => p.trim());
  if (names.some((n) => n === '' || n.length > LIST_NAME_MAX)) return null;
  return names.map((name, k) => project(name, null, k + 1, location));
}

/** `包括A40万元,B7万元等2个项目`, `开展了A、B等102个项目`: the items between the list's opener and its closing count. */
function listClosedByCount(text: string, location: Block['location']): Project[] {
  const half = toHalfWidth(text);
  const close = LIST_CLOSING_COUNT.exec(half);
  if (!close) return [];
  let from = close.index;
  while (from > 0 && !/[。；;！？!?]/.test(half[from - 1]!)) from -= 1;
  const sentence = text.slice(from, close.index);
  // the opener: the first of the most specific kind found in the sentence
  const opener = LIST_OPENERS.map((o) => o.exec(toHalfWidth(sentence))).find((m) => m !== null);
  if (!opener) return [];
  const list = sentence.slice(opener.index + opener[0].length).replace(/[，,、]\s*$/, '').trim();
  const items = itemsWithAmounts(list, location) ?? itemsNamed(list, location) ?? [];
  return items.length >= 2 ? items : [];
}

/** `项目为一个：生均公用经费项目。`: the projects a count announces with a colon. */
function listOpenedByCount(text: string, location: Block['location']): Project[] {
  const half = toHalfWidth(text);
  const open = COUNT_THEN_COLON.exec(half);
  if (!open) return [];
  const rest = text.slice(open.index + open[0].length);
  const stop = rest.search(/[。；;]/);
  const list = (stop < 0 ? rest : rest.slice(0, stop)).replace(/等$/, '').trim();
  if (list === '') return [];
  return itemsWithAmounts(list, location) ?? itemsNamed(list, location) ?? [];
}

/** The execution or completion rate a passage states (`使用率100%`), when it states one value. */
export function statedCompletion(text: string): { value: number; raw: string } | null {
  const rates = findRates(text).flatMap((f) => (f.claim.type === 'rate' && (f.claim.kind === 'execution' || f.claim.kind === 'completion') ? [f.claim] : []));
  const values = new Set(rates.map((r) => r.value));
  return values.size === 1 ? { value: rates[0]!.value, raw: `${rates[0]!.written}%` } : null;
}

export function withCompletion(p: Project, completion: { value: number; raw: string } | null): Project {
  return completion ? { ...p, completion: completion.value, raw: { ...p.raw, completion: completion.raw } } : p;
}

/**
 * Numbered items inside running text from block `from` on (`1、A项目:预算35. 3万元,…2、B项目:预算20万元`),
 * read across paragraphs while each goes on with the next number; at least two items.
 */
function inlineNumberedItems(blocks: readonly Block[], from: number): { projects: Project[]; blocks: number[] } | null {
  const items: { name: string; amount: Amount; at: number; completion: { value: number; raw: string } | null }[] = [];
  for (let j = from; j < blocks.length; j += 1) {
    const block = blocks[j]!;
    if (block.type !== 'paragraph') break;
    const text = block.text;
    const before = items.length;
    for (const m of toHalfWidth(text).matchAll(INLINE_NUMBERED_ITEM)) {
      if (Number(m[1]) !== items.length + 1) continue;
      const decimal = readAmount(m[3]!.replace(/\s+/g, ''));
      if (!decimal) continue;
      const amountAt = m.index + m[0].length - m[3]!.length - m[4]!.length;
      const nameAt = m.index + m[0].indexOf(m[2]!);
      const sentenceEnd = text.slice(m.index + m[0].length).search(/[。；;]/);
      const rest = toHalfWidth(text).slice(m.index + m[0].length, sentenceEnd < 0 ? undefined : m.index + m[0].length + sentenceEnd + 1);
      items.push({ completion: statedCompletion(rest), name: text.slice(nameAt, nameAt + m[2]!.length).trim(), amount: { decimal, unit: m[4] as AmountUnit, raw: text.slice(amountAt, m.index + m[0].length).trim() }, at: j });
    }
    if (items.length === before && j > from) break;
  }
  if (items.length < 2) return null;
  const projects = items.map((item, k) => withCompletion(project(item.name, item.amount, k + 1, blocks[item.at]!.location), item.completion));
  return { projects, blocks: [...new Set(items.map((i) => i.at))] };
}

/** `一是A，需资金277万元` `二是B600万元` …: consecutive paragraphs, each one item ending with its amount. */
function ordinalWordItems(blocks: readonly Block[], from: number): { projects: Project[]; blocks: number[] } | null {
  const items: { name: string; amount: Amount; at: number }[] = [];
  for (let j = from; j < blocks.length; j += 1) {
    const block = blocks[j]!;
    const text = block.type === 'paragraph' ? block.text : '';
    const ordinal = ORDINAL_WORD_ITEM.exec(text);
    if (!ordinal || parseChineseNumeral(ordinal[1]!) !== items.length + 1) break;
    const written = text.slice(ordinal[0].length);
    // half-width keeps positions, so a name found in `body` is cut from `written`
    const body = toHalfWidth(written).replace(/[。.]?\s*$/, '');
    const amounts = [...body.matchAll(AMOUNT)];
    const m = amounts.at(-1);
    // the amount ends the item, bar a parenthesised remark
    if (!m || amounts.length !== 1 || !/^\s*(?:\([^)]*\))?$/.test(body.slice(m.index + m[0].length))) return null;
    const decimal = readAmount(m[1]!);
    let nameEnd = m.index;
    const lastBreak = Math.max(body.lastIndexOf('，', nameEnd), body.lastIndexOf(',', nameEnd));
    if (lastBreak >= 0 && AMOUNT_LEAD_WORDS.test(body.slice(lastBreak + 1, nameEnd).trim())) nameEnd = lastBreak;
    const name = written.slice(0, nameEnd).trim();
    if (!decimal || name === '' || name.length > LIST_NAME_MAX || /[，,。；;]/.test(name)) return null;
    items.push({ name, amount: { decimal, unit: m[2] as AmountUnit, raw: written.slice(m.index, m.index + m[0].length) }, at: j });
  }
  if (items.length < 2) return null;
  return { projects: items.map((item, k) => project(item.name, item.amount, k + 1, blocks[item.at]!.location)), blocks: items.map((i) => i.at) };
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
    // an item of a list already read is not the start of another
    if (block.type !== 'paragraph' || itemBlocks.has(i)) continue;
    const count = countIn(i);
    const named = namedList(block.text, count, block.location);
    if (named.length > 0) {
      projects.push(...named);
      continue;
    }
    const inline = listClosedByCount(block.text, block.location);
    const announced = inline.length > 0 ? inline : listOpenedByCount(block.text, block.location);
    if (announced.length > 0) {
      projects.push(...announced);
      continue;
    }
    // project paragraphs need no intro, so a list already read may come again in a later part: only the first is taken
    const ordinals = ordinalWordItems(blocks, i) ?? (projects.length === 0 ? projectParagraphs(blocks, headings, i) : null);
    if (ordinals) {
      projects.push(...ordinals.projects);
      ordinals.blocks.forEach((b) => itemBlocks.add(b));
      break;
    }
    if (count !== null) {
      const inlineItems = inlineNumberedItems(blocks, i);
      if (inlineItems) {
        projects.push(...inlineItems.projects);
        inlineItems.blocks.forEach((b) => itemBlocks.add(b));
        break;
      }
    }
    if (count === null && !PROSE_LIST_INTRO.test(block.text)) continue;
    const items = numberedItems(blocks, headings, i);
    if (!items) continue;
    projects.push(...items.projects);
    items.blocks.forEach((b) => itemBlocks.add(b));
  }
  return { projects, itemBlocks };
}
