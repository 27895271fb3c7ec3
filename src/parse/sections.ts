/**
 * The section tree: numbered headings (`一、` `（一）` `1.` `１．` `(1)`
 * `第一部分`) and docx heading styles. Levels are inferred the way a reader
 * does: a numbering style met for the first time opens a level below the
 * current one; a style met before closes back to its level.
 */
import type { Block, Section } from '../model.js';
import { HEADING_NUMBERS, HEADING_TITLE_END, HEADING_TITLE_MAX } from './lexicon.js';
import { toHalfWidth } from './numbers.js';

export interface Heading {
  /** the number as written, null for a docx heading without one */
  number: string | null;
  style: string;
  title: string;
}

/** A paragraph's heading, if it starts with a section number or carries a heading style. */
export function readHeading(text: string, headingLevel: number | null = null): Heading | null {
  const trimmed = text.trim();
  const half = toHalfWidth(trimmed);
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
