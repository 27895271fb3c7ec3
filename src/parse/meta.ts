/**
 * What the report is about: its title, budget year, entity, township,
 * county and kind, read from the title lines first and the body after.
 */
import type { Block, Meta } from '../model.js';
import {
  KIND_WORDS,
  ORGANISATION_SUFFIXES,
  SENTENCE_PUNCTUATION,
  TITLE_ENDINGS,
  TITLE_MAX_CHARS,
  UNIT_LABEL_ALONE,
  UNIT_LABEL_INLINE,
  YEAR_OF_REPORT,
  YEAR_PLAIN,
} from './lexicon.js';
import { toHalfWidth } from './numbers.js';
import { countyFromOffices, governmentNames } from './place-names.js';
import { readHeading } from './sections.js';

export interface TitleLines {
  title: string | null;
  /** the blocks the title was read from (they are not sections) */
  blocks: number[];
}

/**
 * The title is the first line(s) before the first numbered heading that are
 * short and not sentences; a title broken over lines (`2022年度神星镇人民政府（部门）`
 * + `整体绩效自评工作报告`) is joined up to the line that ends like a title.
 */
export function readTitle(blocks: readonly Block[]): TitleLines {
  const lines: { index: number; text: string }[] = [];
  for (const [index, block] of blocks.entries()) {
    if (block.type !== 'paragraph') break;
    const text = block.text.trim();
    if (text === '') continue;
    if (readHeading(text) && lines.length === 0 && block.headingLevel === null) break;
    if (text.length > TITLE_MAX_CHARS || SENTENCE_PUNCTUATION.test(text) || /[:：]$/.test(text)) break;
    lines.push({ index, text });
    if (TITLE_ENDINGS.test(text) || lines.length === 3) break;
  }
  const end = lines.findIndex((l) => TITLE_ENDINGS.test(l.text));
  const taken = end >= 0 ? lines.slice(0, end + 1) : lines.slice(0, 1);
  if (taken.length === 0) return { title: null, blocks: [] };
  return { title: taken.map((l) => l.text).join(''), blocks: taken.map((l) => l.index) };
}

/** The budget year: `2022年度` in the title, else in the body; a plain `2024年` (not a date) last. */
export function readYear(title: string | null, body: string): number | null {
  const texts = [toHalfWidth(title ?? ''), toHalfWidth(body)];
  for (const pattern of [YEAR_OF_REPORT, YEAR_PLAIN]) {
    for (const text of texts) {
      const m = pattern.exec(text);
      if (m) return Number(m[1]);
    }
  }
  return null;
}

/** The organisation a title names before its year: `中共南县县委宣传部2024年度…`. */
function organisationInTitle(title: string): string | null {
  const government = governmentNames(title)[0];
  if (government) return government.name;
  const lead = /^(.+?)\s*(?:19|20)\d{2}\s*年/.exec(toHalfWidth(title));
  const name = lead?.[1]?.trim();
  return name && ORGANISATION_SUFFIXES.test(name) ? name : null;
}

/** The unit a project form names in its `实施单位` cell (the label alone with the value next, or inline). */
function formUnit(blocks: readonly Block[]): string | null {
  const texts = blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text.trim()] : b.rows.flat().map((c) => c.trim())));
  for (const [i, text] of texts.entries()) {
    if (UNIT_LABEL_ALONE.test(text)) {
      const value = texts[i + 1]?.replace(/\s*\|\s*$/, '').trim();
      if (value && !UNIT_LABEL_ALONE.test(value)) return value;
    }
    const inline = UNIT_LABEL_INLINE.exec(text);
    if (inline) return inline[1]!;
  }
  return null;
}

export function readMeta(blocks: readonly Block[], title: string | null, projectTables: number, declaredCounts: readonly number[]): Meta {
  const body = blocks
    .map((b) => (b.type === 'paragraph' ? b.text : b.rows.map((r) => r.join(' ')).join('\n')))
    .join('\n');
  const governments = governmentNames(body);
  const titled = title ? organisationInTitle(title) : null;
  const entity = titled ?? governments[0]?.name ?? formUnit(blocks);
  const entityGovernment = entity ? governmentNames(entity)[0] : undefined;
  const township = entityGovernment?.township ?? (titled ? null : governments[0]?.township ?? null);
  const county = entityGovernment?.county ?? countyFromOffices(body) ?? governments.find((g) => g.county)?.county ?? null;
  return {
    title,
    year: readYear(title, body),
    entity,
    township,
    county,
    kind: readKind(title, body, entityGovernment !== undefined, projectTables, declaredCounts),
  };
}

/**
 * A single-project form has indicator tables; a summary covers several
 * projects (a project table, a declared count above one, or 整体/部门 in
 * the title) and is a township's when a township government wrote it.
 */
function readKind(
  title: string | null,
  body: string,
  byTownship: boolean,
  projectTables: number,
  declaredCounts: readonly number[],
): Meta['kind'] {
  if (KIND_WORDS.projectForm.test(title ?? '') || (KIND_WORDS.indicatorHeader.test(body) && projectTables === 0)) return 'project-form';
  const covers = projectTables > 0 || declaredCounts.some((n) => n > 1) || KIND_WORDS.overall.test(title ?? '');
  if (!covers) return 'other';
  return byTownship ? 'township-summary' : 'department-summary';
}
