/**
 * Automatic list numbering. Word stores `一、` of a heading not in the text but
 * as a list definition (`word/numbering.xml`) plus a reference on the
 * paragraph (`w:numPr`: numId + ilvl), and mammoth drops it. We recompute the
 * counters the way Word does and write each number back into
 * `word/document.xml` as the paragraph's first run, wrapped in private-use
 * marker characters so the HTML stage can tell the number from the text.
 *
 * Why rewrite the XML rather than match paragraphs after conversion: mammoth
 * drops empty paragraphs and reorders nothing, but it also flattens text
 * boxes and tables, so counting paragraphs on both sides is fragile; a marker
 * travels with its paragraph whatever mammoth does around it.
 */
import * as cheerio from 'cheerio';
import type { CheerioAPI } from 'cheerio';
import { formatListNumber } from './number-format.js';

/** Wraps a restored list number in the converted text: U+E000 number U+E001. */
export const LIST_NUMBER_OPEN = '\uE000';
export const LIST_NUMBER_CLOSE = '\uE001';

export interface ListLevel {
  start: number;
  numFmt: string;
  /** e.g. `%1、`, `（%2）`, `%1.%2.` */
  lvlText: string;
  /** legal numbering: every level shown as decimal */
  isLgl: boolean;
  /** 1-based level whose use restarts this one; 0 = never; null = any shallower level (the default) */
  restartAfter: number | null;
  /** the paragraph style linked to this level */
  pStyle: string | null;
}

export interface ListInstance {
  abstractId: string;
  /** `w:lvlOverride/w:startOverride`: the instance restarts these levels at these values */
  startOverrides: Map<number, number>;
  /** `w:lvlOverride/w:lvl`: a level redefined for this instance only */
  levelOverrides: Map<number, ListLevel>;
}

export interface ListDefinitions {
  abstracts: Map<string, Map<number, ListLevel>>;
  nums: Map<string, ListInstance>;
}

export interface StyleNumbering {
  numId: string | null;
  ilvl: number | null;
  basedOn: string | null;
}

/** a cheerio selection of XML nodes */
type Selection = ReturnType<CheerioAPI>;

const XML_OPTIONS = { xml: { xmlMode: true, decodeEntities: false } } as const;

/** `w:abstractNum` and `w:num` from numbering.xml. */
export function readListDefinitions(numberingXml: string): ListDefinitions {
  const $ = cheerio.load(numberingXml, XML_OPTIONS);
  const abstracts = new Map<string, Map<number, ListLevel>>();
  $('w\\:abstractNum').each((_, abstract) => {
    const id = $(abstract).attr('w:abstractNumId');
    if (id === undefined) return;
    const levels = new Map<number, ListLevel>();
    $(abstract)
      .children('w\\:lvl')
      .each((__, lvl) => {
        levels.set(intAttr($(lvl), 'w:ilvl') ?? 0, readLevel($(lvl)));
      });
    abstracts.set(id, levels);
  });
  const nums = new Map<string, ListInstance>();
  $('w\\:num').each((_, num) => {
    const id = $(num).attr('w:numId');
    const abstractId = val($(num).children('w\\:abstractNumId'));
    if (id === undefined || abstractId === undefined) return;
    const instance: ListInstance = { abstractId, startOverrides: new Map(), levelOverrides: new Map() };
    $(num)
      .children('w\\:lvlOverride')
      .each((__, override) => {
        const ilvl = intAttr($(override), 'w:ilvl') ?? 0;
        const start = intVal($(override).children('w\\:startOverride'));
        if (start !== undefined) instance.startOverrides.set(ilvl, start);
        const lvl = $(override).children('w\\:lvl');
        if (lvl.length > 0) instance.levelOverrides.set(ilvl, readLevel(lvl));
      });
    nums.set(id, instance);
  });
  return { abstracts, nums };
}

function readLevel(lvl: Selection): ListLevel {
  // Newer formats sit in mc:AlternateContent; the Fallback is the one every reader understands.
  let numFmt = val(lvl.children('w\\:numFmt'));
  if (numFmt === undefined) numFmt = val(lvl.find('mc\\:Fallback > w\\:numFmt').first());
  const isLglNode = lvl.children('w\\:isLgl');
  return {
    start: intVal(lvl.children('w\\:start')) ?? 1,
    numFmt: numFmt ?? 'decimal',
    lvlText: val(lvl.children('w\\:lvlText')) ?? '',
    isLgl: isLglNode.length > 0 && isOn(val(isLglNode)),
    restartAfter: intVal(lvl.children('w\\:lvlRestart')) ?? null,
    pStyle: val(lvl.children('w\\:pStyle')) ?? null,
  };
}

/** Numbering that paragraph styles carry (`w:style/w:pPr/w:numPr`), with their `basedOn`. */
export function readStyleNumbering(stylesXml: string): Map<string, StyleNumbering> {
  const $ = cheerio.load(stylesXml, XML_OPTIONS);
  const styles = new Map<string, StyleNumbering>();
  $('w\\:style').each((_, style) => {
    const id = $(style).attr('w:styleId');
    if (id === undefined) return;
    const numPr = $(style).children('w\\:pPr').children('w\\:numPr');
    styles.set(id, {
      numId: val(numPr.children('w\\:numId')) ?? null,
      ilvl: intVal(numPr.children('w\\:ilvl')) ?? null,
      basedOn: val($(style).children('w\\:basedOn')) ?? null,
    });
  });
  return styles;
}

/**
 * The running counters of a document's lists, fed paragraph by paragraph in
 * document order. Instances of one abstract list share counters (Word
 * continues the numbering across them) unless an instance overrides a start
 * value, which gives it counters of its own.
 */
export class ListCounters {
  private readonly counters = new Map<string, Array<number | undefined>>();

  constructor(private readonly definitions: ListDefinitions) {}

  /** The number text for a paragraph at (numId, ilvl), or null when it shows none (bullet, unknown list). */
  next(numId: string, ilvl: number): string | null {
    const instance = this.definitions.nums.get(numId);
    if (!instance) return null;
    const levels = this.definitions.abstracts.get(instance.abstractId);
    const levelAt = (i: number): ListLevel | undefined => instance.levelOverrides.get(i) ?? levels?.get(i);
    const level = levelAt(ilvl);
    if (!level) return null;
    const ownCounters = instance.startOverrides.size > 0 || instance.levelOverrides.size > 0;
    const key = ownCounters ? `num:${numId}` : `abstract:${instance.abstractId}`;
    let values = this.counters.get(key);
    if (!values) {
      values = [];
      this.counters.set(key, values);
    }
    const startOf = (i: number): number => instance.startOverrides.get(i) ?? levelAt(i)?.start ?? 1;
    const current = values[ilvl];
    values[ilvl] = current === undefined ? startOf(ilvl) : current + 1;
    for (let deeper = ilvl + 1; deeper < 9; deeper++) {
      const restartAfter = levelAt(deeper)?.restartAfter ?? null;
      const restarts = restartAfter === null ? true : restartAfter !== 0 && ilvl + 1 <= restartAfter;
      if (restarts) values[deeper] = undefined;
    }
    if (level.numFmt === 'bullet') return null;
    const counters = values;
    return level.lvlText.replace(/%([1-9])/g, (_, n: string) => {
      const i = Number(n) - 1;
      const shown = counters[i] ?? startOf(i);
      const format = level.isLgl ? 'decimal' : (levelAt(i)?.numFmt ?? 'decimal');
      return formatListNumber(shown, format);
    });
  }
}

/**
 * document.xml with every automatically numbered paragraph given its number
 * as a first run (between the marker characters) and its `w:numPr` removed,
 * so mammoth renders a plain paragraph that starts with the number.
 */
export function restoreListNumbers(documentXml: string, numberingXml: string | null, stylesXml: string | null): string {
  if (numberingXml === null) return documentXml;
  const definitions = readListDefinitions(numberingXml);
  const styles = stylesXml === null ? new Map<string, StyleNumbering>() : readStyleNumbering(stylesXml);
  const counters = new ListCounters(definitions);
  const $ = cheerio.load(documentXml, XML_OPTIONS);
  let changed = false;
  $('w\\:p').each((_, paragraph) => {
    const p = $(paragraph);
    // Text boxes are stored twice (DrawingML choice, VML fallback); mammoth reads the fallback, so number that copy only.
    if (p.parents('mc\\:Choice').length > 0) return;
    const reference = numberingOf(p, styles, definitions);
    if (!reference) return;
    changed = true;
    p.children('w\\:pPr').children('w\\:numPr').remove();
    const number = counters.next(reference.numId, reference.ilvl);
    if (number === null || number === '') return;
    const run = `<w:r><w:t xml:space="preserve">${escapeXml(LIST_NUMBER_OPEN + number + LIST_NUMBER_CLOSE)}</w:t></w:r>`;
    const pPr = p.children('w\\:pPr');
    if (pPr.length > 0) pPr.first().after(run);
    else p.prepend(run);
  });
  return changed ? $.xml() : documentXml;
}

function numberingOf(
  p: Selection,
  styles: Map<string, StyleNumbering>,
  definitions: ListDefinitions,
): { numId: string; ilvl: number } | null {
  const pPr = p.children('w\\:pPr');
  const numPr = pPr.children('w\\:numPr');
  const directNumId = val(numPr.children('w\\:numId'));
  const directIlvl = intVal(numPr.children('w\\:ilvl'));
  const styleId = val(pPr.children('w\\:pStyle'));
  const fromStyle = styleId === undefined ? null : styleNumbering(styleId, styles);
  const numId = directNumId ?? fromStyle?.numId ?? null;
  if (numId === null || numId === '0') return null;
  let ilvl = directIlvl ?? fromStyle?.ilvl ?? null;
  if (ilvl === null && styleId !== undefined) ilvl = levelLinkedToStyle(numId, styleId, definitions);
  return { numId, ilvl: ilvl ?? 0 };
}

/** The style's numbering, following `basedOn` (bounded: a style loop must not hang us). */
function styleNumbering(styleId: string, styles: Map<string, StyleNumbering>): { numId: string | null; ilvl: number | null } {
  let numId: string | null = null;
  let ilvl: number | null = null;
  let id: string | null = styleId;
  for (let depth = 0; id !== null && depth < 20; depth++) {
    const style = styles.get(id);
    if (!style) break;
    numId ??= style.numId;
    ilvl ??= style.ilvl;
    id = style.basedOn;
  }
  return { numId, ilvl };
}

function levelLinkedToStyle(numId: string, styleId: string, definitions: ListDefinitions): number | null {
  const instance = definitions.nums.get(numId);
  const levels = instance ? definitions.abstracts.get(instance.abstractId) : undefined;
  for (const [ilvl, level] of levels ?? []) if (level.pStyle === styleId) return ilvl;
  return null;
}

function val(node: Selection): string | undefined {
  return node.first().attr('w:val');
}

function intVal(node: Selection): number | undefined {
  return toInt(val(node));
}

function intAttr(node: Selection, name: string): number | undefined {
  return toInt(node.attr(name));
}

function toInt(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number.parseInt(text, 10);
  return Number.isFinite(n) ? n : undefined;
}

function isOn(value: string | undefined): boolean {
  return value === undefined || !['0', 'false', 'off'].includes(value);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
