import { describe, expect, it } from 'vitest';
import { LIST_NUMBER_CLOSE, LIST_NUMBER_OPEN } from '../../src/ingest/docx-markers.js';
import { ListCounters, readListDefinitions, restoreListNumbers } from '../../src/ingest/docx-numbering.js';
import { documentXml, numberingXml, p, stylesXml } from './docx-builder.js';

const lvl = (ilvl: number, numFmt: string, text: string, extra = ''): string =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${numFmt}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;

/** the usual Chinese report outline: 一、 / （一） / 1. */
const OUTLINE = numberingXml(
  `<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、')}${lvl(1, 'chineseCounting', '（%2）')}${lvl(2, 'decimal', '%3.')}</w:abstractNum>` +
    `<w:abstractNum w:abstractNumId="1">${lvl(0, 'decimal', '%1.')}${lvl(1, 'decimal', '%1.%2')}${lvl(2, 'lowerLetter', '%3)', '<w:lvlRestart w:val="0"/>')}</w:abstractNum>` +
    `<w:abstractNum w:abstractNumId="2">${lvl(0, 'bullet', '•')}</w:abstractNum>` +
    `<w:abstractNum w:abstractNumId="3">${lvl(0, 'chineseCounting', '第%1部分')}${lvl(1, 'decimal', '%1.%2', '<w:isLgl/>')}</w:abstractNum>` +
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
    '<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>' +
    '<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>' +
    '<w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num>' +
    '<w:num w:numId="5"><w:abstractNumId w:val="2"/></w:num>' +
    '<w:num w:numId="6"><w:abstractNumId w:val="3"/></w:num>',
);

describe('ListCounters', () => {
  it('counts levels, restarts deeper levels and formats lvlText', () => {
    const counters = new ListCounters(readListDefinitions(OUTLINE));
    const shown = [
      [0], [1], [1], [2], [2], [1], [2], [0], [1],
    ].map(([ilvl]) => counters.next('1', ilvl!));
    expect(shown).toEqual(['一、', '（一）', '（二）', '1.', '2.', '（三）', '1.', '二、', '（一）']);
  });

  it('continues across instances of one list, restarts an instance with a start override', () => {
    const counters = new ListCounters(readListDefinitions(OUTLINE));
    expect(counters.next('1', 0)).toBe('一、');
    expect(counters.next('2', 0)).toBe('二、'); // same abstract list: Word continues
    expect(counters.next('3', 0)).toBe('五、'); // startOverride 5
    expect(counters.next('3', 0)).toBe('六、');
    expect(counters.next('1', 0)).toBe('三、');
  });

  it('shows parent levels in multi-level text, honours lvlRestart 0 and isLgl', () => {
    const counters = new ListCounters(readListDefinitions(OUTLINE));
    expect(counters.next('4', 0)).toBe('1.');
    expect(counters.next('4', 1)).toBe('1.1');
    expect(counters.next('4', 2)).toBe('a)');
    expect(counters.next('4', 0)).toBe('2.');
    expect(counters.next('4', 1)).toBe('2.1');
    expect(counters.next('4', 2)).toBe('b)'); // lvlRestart 0: never restarts
    expect(counters.next('6', 0)).toBe('第一部分');
    expect(counters.next('6', 1)).toBe('1.1'); // legal numbering shows the parent as a digit
  });

  it('gives bullets and unknown lists no number', () => {
    const counters = new ListCounters(readListDefinitions(OUTLINE));
    expect(counters.next('5', 0)).toBeNull();
    expect(counters.next('99', 0)).toBeNull();
  });

  it('reads a numFmt that Word wrapped in mc:AlternateContent from its fallback', () => {
    const xml = numberingXml(
      '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>' +
        '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="001, 002, 003, ..."/></mc:Choice>' +
        '<mc:Fallback><w:numFmt w:val="decimalZero"/></mc:Fallback></mc:AlternateContent><w:lvlText w:val="%1"/></w:lvl></w:abstractNum>' +
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
    );
    expect(new ListCounters(readListDefinitions(xml)).next('1', 0)).toBe('01');
  });
});

describe('restoreListNumbers', () => {
  const marked = (n: string): string => LIST_NUMBER_OPEN + n + LIST_NUMBER_CLOSE;

  it('writes each number as the first run and removes the numbering reference', () => {
    const xml = documentXml(p('总体情况', { numId: 1, ilvl: 0 }) + p('资金', { numId: 1, ilvl: 1 }) + p('正文') + p('目标', { numId: 1, ilvl: 0 }));
    const out = restoreListNumbers(xml, OUTLINE, null);
    expect(out).not.toContain('w:numPr');
    const texts = [...out.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(texts).toEqual([marked('一、'), '总体情况', marked('（一）'), '资金', '正文', marked('二、'), '目标']);
  });

  it('takes numbering from the paragraph style (through basedOn), and numId 0 switches it off', () => {
    const styles = stylesXml(
      '<w:style w:type="paragraph" w:styleId="Outline1"><w:name w:val="Outline 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>' +
        '<w:style w:type="paragraph" w:styleId="MyHeading"><w:name w:val="My Heading"/><w:basedOn w:val="Outline1"/></w:style>',
    );
    const xml = documentXml(p('甲', { style: 'Outline1' }) + p('乙', { style: 'MyHeading' }) + p('丙', { style: 'Outline1', numId: 0 }) + p('丁', { style: 'MyHeading', ilvl: 1 }));
    const texts = [...restoreListNumbers(xml, OUTLINE, styles).matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(texts).toEqual([marked('一、'), '甲', marked('二、'), '乙', '丙', marked('（一）'), '丁']);
  });

  it('leaves the document as it is (the same string) when no paragraph and no style it uses is numbered', () => {
    const styles = stylesXml('<w:style w:type="paragraph" w:styleId="Outline1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>');
    const plain = documentXml(p('甲') + p('乙', { style: 'Body' }));
    expect(restoreListNumbers(plain, OUTLINE, styles)).toBe(plain);
    expect(restoreListNumbers(plain, OUTLINE, null)).toBe(plain);
    const styled = documentXml(p('甲') + p('乙', { style: 'Outline1' }));
    expect(restoreListNumbers(styled, OUTLINE, styles)).toContain(marked('一、'));
  });

  it('leaves a document without numbering.xml untouched', () => {
    const xml = documentXml(p('一、已写出的编号', { numId: 1 }));
    expect(restoreListNumbers(xml, null, null)).toBe(xml);
  });

  it('keeps whitespace-only runs when it rewrites the XML', () => {
    const xml = documentXml(
      '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>a</w:t></w:r><w:r><w:t xml:space="preserve"> </w:t></w:r><w:r><w:t>b</w:t></w:r></w:p>',
    );
    expect(restoreListNumbers(xml, OUTLINE, null)).toContain('<w:t xml:space="preserve"> </w:t>');
  });

  it('escapes nothing away from the text around it', () => {
    const xml = documentXml(p('A &amp; B &lt;C&gt;', { numId: 1, ilvl: 0 }));
    expect(restoreListNumbers(xml, OUTLINE, null)).toContain('A &amp; B &lt;C&gt;');
  });
});
