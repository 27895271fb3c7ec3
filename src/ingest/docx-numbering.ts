/**
 * Automatic list numbering. Word stores `一、` of a heading not in the text but
 * as a list definition (`word/numbering.xml`) plus a reference on the
 * paragraph (`w:numPr`: numId + ilvl), and mammoth drops it. We recompute the
 * counters the way Word does and write each number back into
 * `word/document.xml` as the paragraph's first run, wrapped in marker
 * characters (see docx-markers.ts) so the HTML stage can tell the number from
 * the text. Rewriting the XML rather than matching paragraphs after
 * conversion: see docx-markers.ts.
 */
import { LIST_NUMBER_CLOSE, LIST_NUMBER_OPEN, markerRun } from './docx-markers.js';
import { rewriteParagraphs, type ParagraphProperties } from './docx-paragraphs.js';
import { attributeOf, elementsOf, firstElement, intVal, readParagraphStyles, styleChain, toInt, val, without, type ParagraphStyle } from './docx-xml.js';
import { formatListNumber } from './number-format.js';

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

/** `w:abstractNum` and `w:num` from numbering.xml. */
export function readListDefinitions(numberingXml: string): ListDefinitions {
  const abstracts = new Map<string, Map<number, ListLevel>>();
  for (const abstract of elementsOf(numberingXml, 'w:abstractNum')) {
    const id = attributeOf(abstract.attributes, 'w:abstractNumId');
    if (id === undefined) continue;
    const levels = new Map<number, ListLevel>();
    for (const lvl of elementsOf(abstract.content, 'w:lvl')) levels.set(toInt(attributeOf(lvl.attributes, 'w:ilvl')) ?? 0, readLevel(lvl.content));
    abstracts.set(id, levels);
  }
  const nums = new Map<string, ListInstance>();
  for (const num of elementsOf(numberingXml, 'w:num')) {
    const id = attributeOf(num.attributes, 'w:numId');
    const overrides = elementsOf(num.content, 'w:lvlOverride');
    const abstractId = val(without(num.content, 'w:lvlOverride'), 'w:abstractNumId');
    if (id === undefined || abstractId === undefined) continue;
    const instance: ListInstance = { abstractId, startOverrides: new Map(), levelOverrides: new Map() };
    for (const override of overrides) {
      const ilvl = toInt(attributeOf(override.attributes, 'w:ilvl')) ?? 0;
      const lvl = firstElement(override.content, 'w:lvl');
      const start = intVal(without(override.content, 'w:lvl'), 'w:startOverride');
      if (start !== undefined) instance.startOverrides.set(ilvl, start);
      if (lvl) instance.levelOverrides.set(ilvl, readLevel(lvl.content));
    }
    nums.set(id, instance);
  }
  return { abstracts, nums };
}

function readLevel(content: string): ListLevel {
  // the level's own children, not its paragraph and run properties
  const own = without(content, 'mc:AlternateContent', 'w:pPr', 'w:rPr');
  // Newer formats sit in mc:AlternateContent; the Fallback is the one every reader understands.
  let numFmt = val(own, 'w:numFmt');
  if (numFmt === undefined) numFmt = val(firstElement(content, 'mc:Fallback')?.content ?? '', 'w:numFmt');
  const isLgl = firstElement(own, 'w:isLgl');
  return {
    start: intVal(own, 'w:start') ?? 1,
    numFmt: numFmt ?? 'decimal',
    lvlText: val(own, 'w:lvlText') ?? '',
    isLgl: isLgl !== undefined && isOn(attributeOf(isLgl.attributes, 'w:val')),
    restartAfter: intVal(own, 'w:lvlRestart') ?? null,
    pStyle: val(own, 'w:pStyle') ?? null,
  };
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
  // cheap tests first: Word and WPS always write numbering.xml, most documents never use it
  if (!documentXml.includes('<w:numPr') && !(stylesXml ?? '').includes('<w:numPr')) return documentXml;
  const styles = readParagraphStyles(stylesXml);
  if (!documentXml.includes('<w:numPr') && !usesNumberedStyle(documentXml, styles)) return documentXml;
  const definitions = readListDefinitions(numberingXml);
  const counters = new ListCounters(definitions);
  return rewriteParagraphs(documentXml, (properties) => {
    const reference = numberingOf(properties, styles, definitions);
    if (!reference) return null;
    const number = counters.next(reference.numId, reference.ilvl);
    const insertRuns = number === null || number === '' ? '' : markerRun(LIST_NUMBER_OPEN + number + LIST_NUMBER_CLOSE);
    return { insertRuns, dropNumbering: true };
  });
}

/** whether a paragraph style with numbering (its own or inherited) is named anywhere in the document */
function usesNumberedStyle(documentXml: string, styles: Map<string, ParagraphStyle>): boolean {
  for (const id of styles.keys()) {
    if (styleNumbering(id, styles).numId === null) continue;
    if (documentXml.includes(`"${id}"`) || documentXml.includes(`'${id}'`)) return true;
  }
  return false;
}

function numberingOf(
  properties: ParagraphProperties,
  styles: Map<string, ParagraphStyle>,
  definitions: ListDefinitions,
): { numId: string; ilvl: number } | null {
  const { pStyle } = properties;
  const fromStyle = pStyle === null ? null : styleNumbering(pStyle, styles);
  const numId = properties.numId ?? fromStyle?.numId ?? null;
  if (numId === null || numId === '0') return null;
  let ilvl = properties.ilvl ?? fromStyle?.ilvl ?? null;
  if (ilvl === null && pStyle !== null) ilvl = levelLinkedToStyle(numId, pStyle, definitions);
  return { numId, ilvl: ilvl ?? 0 };
}

/** The style's numbering: the nearest `numId` and `ilvl` along its `basedOn` chain. */
function styleNumbering(styleId: string, styles: Map<string, ParagraphStyle>): { numId: string | null; ilvl: number | null } {
  const chain = styleChain(styleId, styles);
  return {
    numId: chain.find((style) => style.numId !== null)?.numId ?? null,
    ilvl: chain.find((style) => style.ilvl !== null)?.ilvl ?? null,
  };
}

function levelLinkedToStyle(numId: string, styleId: string, definitions: ListDefinitions): number | null {
  const instance = definitions.nums.get(numId);
  const levels = instance ? definitions.abstracts.get(instance.abstractId) : undefined;
  for (const [ilvl, level] of levels ?? []) if (level.pStyle === styleId) return ilvl;
  return null;
}

function isOn(value: string | undefined): boolean {
  return value === undefined || !['0', 'false', 'off'].includes(value);
}
