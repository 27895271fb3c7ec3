/**
 * What the report is about: its title, budget year, entity, township,
 * county and kind, read from the title lines first and the body after.
 * Each is either read from words that say it or left null: a wrong entity
 * or county is worse than none.
 */
import type { Block, Meta } from '../model.js';
import {
  FILE_EXTENSION,
  FILLED_IN_DATE,
  KIND_WORDS,
  NEIGHBOUR_LABELS,
  ORGANISATION_BAD_START,
  ORGANISATION_SUFFIXES,
  PAGE_FURNITURE,
  PREAMBLE_MAX_BLOCKS,
  PUBLISHER_LABEL,
  SELF_EVALUATOR,
  SENTENCE_PUNCTUATION,
  TITLE_ENDINGS,
  TITLE_MAX_CHARS,
  TOWNSHIP_LEVELS,
  UNIT_LABEL_ALONE,
  UNIT_LABEL_INLINE,
  YEAR_OF_REPORT,
  YEAR_PLAIN,
} from './lexicon.js';
import { toHalfWidth } from './numbers.js';
import { countyFromOffices, governmentNames, unitsBefore } from './place-names.js';
import { readHeading } from './sections.js';

export interface TitleLines {
  title: string | null;
  /** the blocks the title was read from (they are not sections) */
  blocks: number[];
  /** page furniture before the report (breadcrumbs, publishing data, site chrome): not sections either */
  furniture: number[];
}

/** A line of the page around the report, not of the report. */
export function isPageFurniture(text: string): boolean {
  const line = text.replace(/^[\s•·●▪\-|]+/, '').trim();
  return PAGE_FURNITURE.some((p) => p.test(line));
}

/** A title line as a page prints it: without a file extension, edge pipes, or a glued form label after it. */
function titleText(text: string): string {
  let t = text.replace(/^[\s|]+|[\s|]+$/g, '').replace(FILE_EXTENSION, '').trim();
  const label = NEIGHBOUR_LABELS.exec(t);
  if (label && label.index > 0 && TITLE_ENDINGS.test(t.slice(0, label.index))) t = t.slice(0, label.index);
  return t;
}

const isShortLine = (t: string) => t !== '' && t.length <= TITLE_MAX_CHARS && !SENTENCE_PUNCTUATION.test(t) && !/[:：]$/.test(t);

/**
 * The title: a short line that ends like a title (`…自评报告`, `…自评表`),
 * among the first blocks and before the report's first real heading; a title
 * broken over lines (`2022年度神星镇人民政府（部门）` + `整体绩效自评工作报告`)
 * is joined. A page that prints the title twice (its header, then the text)
 * has the last one; page furniture is skipped. With no such line, the first
 * line is the title only when it opens the text and is not furniture.
 */
export function readTitle(blocks: readonly Block[]): TitleLines {
  const furniture: number[] = [];
  const candidates: { index: number; text: string }[] = [];
  let firstLine: { index: number; text: string } | null = null;
  for (const [index, block] of blocks.slice(0, PREAMBLE_MAX_BLOCKS).entries()) {
    if (block.type !== 'paragraph') break;
    const text = block.text.trim();
    if (text === '') continue;
    if (isPageFurniture(text)) {
      furniture.push(index);
      continue;
    }
    const heading = block.headingLevel === null ? readHeading(text) : null;
    if (heading && !['arabic-dun', 'arabic-dot', 'arabic-paren', 'circled'].includes(heading.style)) break;
    if (heading) continue;
    const clean = titleText(text);
    if (!isShortLine(clean) || !/\p{Script=Han}/u.test(clean)) continue;
    firstLine ??= { index, text: clean };
    if (TITLE_ENDINGS.test(clean)) candidates.push({ index, text: clean });
  }
  const first = candidates[0];
  if (!first) {
    const opening = firstLine && firstLine.index === (furniture.length > 0 ? -1 : 0) ? firstLine : null;
    return opening ? { title: opening.text, blocks: [opening.index], furniture } : { title: null, blocks: [], furniture };
  }
  const chosen = candidates.filter((c) => c.text === first.text).at(-1)!;
  // a title broken over lines: the short lines right before it that do not end like one
  const taken = [chosen];
  for (let i = chosen.index - 1; i >= 0 && taken.length < 3; i -= 1) {
    const b = blocks[i];
    if (b?.type !== 'paragraph') break;
    const t = titleText(b.text);
    // a line under a furniture label is its value (`时效性` / `有效`), not part of the title
    const underFurniture = furniture.includes(i - 1);
    if (!isShortLine(t) || isPageFurniture(t) || underFurniture || TITLE_ENDINGS.test(t) || readHeading(t) || !/\p{Script=Han}/u.test(t)) break;
    taken.unshift({ index: i, text: t });
  }
  const title = taken.map((l) => l.text).join('');
  // whatever precedes the chosen title is the page around the report
  const before = blocks.slice(0, taken[0]!.index).flatMap((_, i) => (furniture.includes(i) ? [] : [i]));
  return { title, blocks: taken.map((l) => l.index), furniture: [...furniture, ...before].sort((a, b) => a - b) };
}

/**
 * The budget year: `2022年度` in the title, else in the body; a plain `2024年`
 * (not a date) after; last, a form's `填报日期：2022年…` dates the year before
 * (a self-evaluation is filled in after its budget year closes).
 */
export function readYear(title: string | null, body: string): number | null {
  const texts = [toHalfWidth(title ?? ''), toHalfWidth(body)];
  const undated = texts.map((t) => (FILLED_IN_DATE.test(t) ? t.replace(FILLED_IN_DATE_GLOBAL, '') : t));
  for (const pattern of [YEAR_OF_REPORT, YEAR_PLAIN]) {
    for (const text of undated) {
      const m = pattern.exec(text);
      if (m) return Number(m[1]);
    }
  }
  const filled = FILLED_IN_DATE.exec(texts[1]!);
  return filled ? Number(filled[1]) - 1 : null;
}
const FILLED_IN_DATE_GLOBAL = new RegExp(`${FILLED_IN_DATE.source}[^\\s|]*`, 'g');

/** An organisation named before a year (`中共南县县委宣传部2024年度…`), from a text's start. */
function organisationBeforeYear(text: string): string | null {
  const government = governmentNames(text)[0];
  if (government && government.start === 0) return government.name;
  const lead = /^(.+?)\s*(?:19|20)\d{2}\s*年/.exec(toHalfWidth(text));
  const name = lead?.[1]?.trim();
  return name && name.length >= 3 && ORGANISATION_SUFFIXES.test(name) && !ORGANISATION_BAD_START.test(name) && !/\s/.test(name) ? name : null;
}

/** The organisation a title names: a government anywhere in it, else an organisation before its year. */
function organisationInTitle(title: string): string | null {
  return governmentNames(title)[0]?.name ?? organisationBeforeYear(title);
}

/** A value that ran into the next cell's label (`襄阳市中心医院填报日期`) is cut before it. */
function withoutNeighbourLabel(value: string): string | null {
  const label = NEIGHBOUR_LABELS.exec(value);
  const cut = (label && label.index > 0 ? value.slice(0, label.index) : label ? '' : value).replace(/[\s|]+$/, '').trim();
  return cut.length >= 2 && /\p{Script=Han}/u.test(cut) ? cut : null;
}

/** The unit a labelled cell or line names (`实施单位 | X`, `单位名称：X`, `部门：X`), the first label found in order of preference. */
export function labelledUnit(blocks: readonly Block[]): string | null {
  const texts = blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text.trim()] : b.rows.flat().map((c) => c.trim())));
  const found: { rank: number; at: number; value: string }[] = [];
  for (const [i, text] of texts.entries()) {
    if (UNIT_LABEL_ALONE.test(text)) {
      const next = texts.slice(i + 1).find((t) => t.replace(/[\s|]/g, '') !== '');
      const value = next ? withoutNeighbourLabel(next.replace(/\s*\|\s*$/, '').trim()) : null;
      if (value && !UNIT_LABEL_ALONE.test(next!)) found.push({ rank: labelRank(text), at: i, value });
    }
    for (const m of text.matchAll(UNIT_LABEL_INLINE)) {
      const value = withoutNeighbourLabel(m[1]!);
      if (value) found.push({ rank: labelRank(m[0]), at: i, value });
    }
  }
  found.sort((a, b) => a.rank - b.rank || a.at - b.at);
  return found[0]?.value ?? null;
}
/** the unit that carries the work out first, a department last */
function labelRank(label: string): number {
  return /实施单位/.test(label) ? 0 : /单位|名称/.test(label) ? 1 : 2;
}

const ORGANISATION_CLAUSE_START = 48;

/** An organisation opening a clause before a year: `（一）南昌市烈士陵园管理处2022年度共有5个项目`. */
function organisationInBody(blocks: readonly Block[]): string | null {
  for (const b of blocks) {
    if (b.type !== 'paragraph') continue;
    const heading = readHeading(b.text);
    const text = heading ? b.text.trim().slice(heading.number?.length ?? 0) : b.text;
    for (const clause of text.split(/[。；;，,:：]/)) {
      // a name and its year open the clause: its start is enough
      const opening = clause.trim().slice(0, ORGANISATION_CLAUSE_START);
      if (!opening.includes('年')) continue;
      const name = organisationBeforeYear(opening);
      if (name) return name;
    }
  }
  return null;
}

/** The publisher a page names (`来源:市文化和广电旅游体育局`), in its fullest form the text uses (`东阳市文化和广电旅游体育局`). */
function publisher(preamble: string, body: string): string | null {
  const m = PUBLISHER_LABEL.exec(preamble);
  const name = m?.[1]?.trim();
  if (!name || !ORGANISATION_SUFFIXES.test(name)) return null;
  // `市文化…局` in the text as `东阳市文化…局`: the place before its level word
  const at = /^[市县区州]/.test(name) ? body.indexOf(name) : -1;
  const place = at >= 0 ? unitsBefore(body, at + 1)[0] : undefined;
  const full = place ? body.slice(place.start, at) + name : name;
  return governmentNames(full)[0]?.name ?? (/^[市县区]/.test(full) ? null : full);
}

export function readMeta(blocks: readonly Block[], title: string | null, projectTables: number, declaredCounts: readonly number[], furniture: readonly number[] = []): Meta {
  const skip = new Set(furniture);
  const reportBlocks = blocks.filter((_, i) => !skip.has(i));
  const textOf = (b: Block) => (b.type === 'paragraph' ? b.text : b.rows.map((r) => r.join(' ')).join('\n'));
  const body = reportBlocks.map(textOf).join('\n');
  const preamble = blocks.filter((_, i) => skip.has(i)).map(textOf).join('\n');
  const governments = governmentNames(body);
  const titled = title ? organisationInTitle(title) : null;
  const entity = titled ?? labelledUnit(reportBlocks) ?? organisationInBody(reportBlocks) ?? governments[0]?.name ?? publisher(preamble, body);
  const entityGovernment = entity ? governmentNames(entity)[0] : undefined;
  const township = entityGovernment?.township ?? (titled ? null : governments[0]?.township ?? null);
  const county = entityGovernment?.county ?? countyFromOffices(body) ?? governments.find((g) => g.county)?.county ?? null;
  const opening = reportBlocks.find((b) => b.type === 'paragraph')?.type === 'paragraph' ? textOf(reportBlocks.find((b) => b.type === 'paragraph')!) : '';
  return {
    title,
    year: readYear(title, body),
    entity,
    township,
    county,
    kind: readKind({ title, body, opening, byTownship: entityGovernment !== undefined, projectTables, declaredCounts }),
  };
}

interface KindEvidence {
  title: string | null;
  body: string;
  /** the first paragraph of the report, which names the evaluator when there is no title */
  opening: string;
  byTownship: boolean;
  projectTables: number;
  declaredCounts: readonly number[];
}

/**
 * A form has indicator tables or says 自评表; it is a department's when it
 * covers the department as a whole (部门整体支出绩效自评表). A report with
 * its own title (`…绩效自评报告`) is a summary of its author, a township
 * government's or a department's. Without a title: an opening `X对…开展自评`
 * names the author; else a summary needs several projects (a project table,
 * a declared count above one); a page about one project is `other`.
 */
function readKind(e: KindEvidence): Meta['kind'] {
  const title = e.title ?? '';
  const isForm = KIND_WORDS.projectForm.test(title) || (KIND_WORDS.indicatorHeader.test(e.body) && e.projectTables === 0);
  if (KIND_WORDS.departmentForm.test(title) || (isForm && KIND_WORDS.departmentForm.test(e.body.slice(0, 200)))) return 'department-form';
  if (isForm) return 'project-form';
  const byTownship = (name: string) => governmentNames(name).length > 0 || TOWNSHIP_LEVELS.some((l) => name.endsWith(l));
  if (e.title && KIND_WORDS.reportTitle.test(title)) return e.byTownship ? 'township-summary' : 'department-summary';
  const evaluator = SELF_EVALUATOR.exec(e.opening)?.[1];
  if (evaluator) return byTownship(evaluator) ? 'township-summary' : 'department-summary';
  const covers = e.projectTables > 0 || e.declaredCounts.some((n) => n > 1) || KIND_WORDS.overall.test(title);
  if (!covers) return 'other';
  return e.byTownship ? 'township-summary' : 'department-summary';
}
