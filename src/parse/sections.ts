/**
 * The section tree: numbered headings (`一、` `（一）` `1.` `１．` `(1)`
 * `第一部分`) and docx heading styles. Levels are inferred the way a reader
 * does: a numbering style met for the first time opens a level below the
 * current one; a style met before closes back to its level.
 */
import type { Block, Section } from '../model.js';
import { HEADING_NUMBERS, HEADING_TITLE_END, HEADING_TITLE_MAX } from './lexicon.js';
import { toHalfWidth } from './numbers.js';

/** enough of a paragraph's start for any numbering pattern (`4.2019-2020年…` is the longest) */
const HEADING_LOOKAHEAD = 64;

export interface Heading {
  /** the number as written, null for a docx heading without one */
  number: string | null;
  style: string;
  title: string;
}

/** A paragraph's heading, if it starts with a section number or carries a heading style. */
export function readHeading(text: string, headingLevel: number | null = null): Heading | null {
  const trimmed = text.trim();
  // every numbering pattern is anchored at the start: a long paragraph need not be converted whole
  const half = toHalfWidth(trimmed.slice(0, HEADING_LOOKAHEAD));
  for (const { style, pattern } of HEADING_NUMBERS) {
    const m = pattern.exec(half);
    if (!m) continue;
    const number = trimmed.slice(0, m[0].length).trim();
    const title = headingTitle(trimmed.slice(m[0].length));
    return { number, style, title };
  }
  if (headingLevel !== null && trimmed !== '') return { number: null, style: `heading-${headingLevel}`, title: headingTitle(trimmed) };
  return null;
}

/** The title is the text up to the first `。`/`：` (a numbered paragraph may go on as a long sentence). */
function headingTitle(rest: string): string {
  const body = rest.trim();
  const end = HEADING_TITLE_END.exec(body);
  const title = (end && end.index > 0 ? body.slice(0, end.index) : body).trim();
  return title.length > HEADING_TITLE_MAX ? title.slice(0, HEADING_TITLE_MAX) : title;
}

export interface SectionTree {
  sections: Section[];
  /** the innermost section each block belongs to (null before the first heading) */
  sectionOfBlock: (string | null)[];
  /** the heading read from each block, when it is one */
  headingOfBlock: (Heading | null)[];
}

/** `skip`: blocks that are not sections even when styled as headings (the title lines). */
export function readSections(blocks: readonly Block[], skip: ReadonlySet<number> = new Set()): SectionTree {
  const sections: Section[] = [];
  const sectionOfBlock: (string | null)[] = [];
  const headingOfBlock: (Heading | null)[] = [];
  const stack: { style: string; id: string }[] = [];
  let current: string | null = null;
  for (const [index, block] of blocks.entries()) {
    const heading = block.type === 'paragraph' && !skip.has(index) ? readHeading(block.text, block.headingLevel) : null;
    headingOfBlock.push(heading);
    if (heading && block.type === 'paragraph') {
      const at = stack.findIndex((s) => s.style === heading.style);
      if (at >= 0) stack.length = at;
      const id = `s${sections.length + 1}`;
      sections.push({
        id,
        number: heading.number,
        title: heading.title,
        level: stack.length + 1,
        parentId: stack.at(-1)?.id ?? null,
        location: block.location,
      });
      stack.push({ style: heading.style, id });
      current = id;
    }
    sectionOfBlock.push(current);
  }
  return { sections, sectionOfBlock, headingOfBlock };
}

/** the numbering styles that open a report's parts; only these are looked for inside a flattened line */
const EMBEDDED_STYLES = {
  'cn-dun': /(?<=^|[。：:；;！？!?\s])([一二三四五六七八九十]{1,3})、/g,
  'cn-paren': /(?<!第)[（(]([一二三四五六七八九十]{1,3})[)）]/g,
  'arabic-dun': /(?<![\d.．０-９])([\d０-９]{1,2})、/g,
} as const;
type EmbeddedStyle = keyof typeof EMBEDDED_STYLES;

/** `一` → 1, `十二` → 12, `3` → 3 */
function ordinal(number: string): number {
  if (/^\d+$/.test(number)) return Number(number);
  const digits = '一二三四五六七八九';
  if (number === '十') return 10;
  const [tens, ones] = number.includes('十') ? number.split('十') : ['', number];
  return (tens === '' ? (number.includes('十') ? 1 : 0) : digits.indexOf(tens!) + 1) * 10 + (ones ? digits.indexOf(ones) + 1 : 0);
}

/**
 * A text flattened onto one line (`…报告如下:一、基本情况(一)项目概况…`)
 * still carries its headings: each paragraph is cut where a heading number
 * continues the report's own numbering (the next `二、` after `一、`, `（一）`
 * after a `一、`, `1、` `2、` under a `（一）`), so sections, and the claims
 * read within one, stop where the report's parts do. Numbers out of sequence
 * (`统一、规范`, a citation's `（三）`) are left alone.
 */
export function splitAtHeadings(blocks: readonly Block[]): Block[] {
  const last: Record<EmbeddedStyle, number> = { 'cn-dun': 0, 'cn-paren': 0, 'arabic-dun': 0 };
  // numbered points are cut out of a line only once the text has shown itself flattened (a part heading inside a line)
  const flattened = { seen: false };
  const opened = (style: EmbeddedStyle, n: number) => {
    last[style] = n;
    // a new part restarts the numbering below it
    if (style === 'cn-dun') last['cn-paren'] = 0;
    if (style !== 'arabic-dun') last['arabic-dun'] = 0;
  };
  const out: Block[] = [];
  for (const block of blocks) {
    if (block.type !== 'paragraph') {
      out.push(block);
      continue;
    }
    const own = readHeading(block.text, block.headingLevel);
    if (own && own.number && own.style in EMBEDDED_STYLES) opened(own.style as EmbeddedStyle, ordinal(toHalfWidth(own.number).replace(/[^\d一二三四五六七八九十]/g, '')));
    const cuts = embeddedHeadings(block.text, own ? (own.number?.length ?? 0) : 0, last, opened, flattened);
    if (cuts.length === 0) {
      out.push(block);
      continue;
    }
    const bounds = [0, ...cuts, block.text.length];
    for (let k = 0; k + 1 < bounds.length; k += 1) {
      const text = block.text.slice(bounds[k], bounds[k + 1]).trim();
      if (text !== '') out.push({ ...block, text, headingLevel: k === 0 ? block.headingLevel : null, listNumber: k === 0 ? block.listNumber : null });
    }
  }
  return out;
}

function embeddedHeadings(
  text: string,
  from: number,
  last: Record<EmbeddedStyle, number>,
  opened: (style: EmbeddedStyle, n: number) => void,
  flattened: { seen: boolean },
): number[] {
  const found = (Object.keys(EMBEDDED_STYLES) as EmbeddedStyle[])
    .flatMap((style) => [...text.matchAll(EMBEDDED_STYLES[style])].map((m) => ({ style, at: m.index, n: ordinal(toHalfWidth(m[1]!)) })))
    .filter((c) => c.at > from)
    .sort((a, b) => a.at - b.at);
  const cuts: number[] = [];
  for (const c of found) {
    if (c.style === 'arabic-dun' && !flattened.seen) continue;
    if (c.n !== last[c.style] + 1) continue;
    opened(c.style, c.n);
    if (c.style !== 'arabic-dun') flattened.seen = true;
    cuts.push(c.at);
  }
  return cuts;
}
