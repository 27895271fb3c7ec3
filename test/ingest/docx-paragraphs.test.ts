import { describe, expect, it } from 'vitest';
import { rewriteParagraphs, type ParagraphProperties } from '../../src/ingest/docx-paragraphs.js';

const seen = (xml: string): ParagraphProperties[] => {
  const all: ParagraphProperties[] = [];
  rewriteParagraphs(xml, (properties) => {
    all.push(properties);
    return null;
  });
  return all;
};

describe('rewriteParagraphs', () => {
  it('reads each paragraph’s own properties, ignoring a tracked pPrChange and self-closing paragraphs', () => {
    const xml =
      '<w:body><w:p w:rsidR="1"><w:pPr><w:pStyle w:val="2"/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="4"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr><w:r><w:t>a</w:t></w:r></w:p>' +
      '<w:p/>' +
      '<w:p><w:pPr><w:pPrChange w:id="1"><w:pPr><w:numPr><w:numId w:val="9"/></w:numPr></w:pPr></w:pPrChange></w:pPr><w:r><w:t>b</w:t></w:r></w:p>' +
      '<w:p><w:r><w:t>c</w:t></w:r></w:p></w:body>';
    expect(seen(xml)).toEqual([
      { numId: '4', ilvl: 1, pStyle: '2', outlineLvl: 0 },
      { numId: null, ilvl: null, pStyle: null, outlineLvl: null },
      { numId: null, ilvl: null, pStyle: null, outlineLvl: null },
    ]);
  });

  it('skips paragraphs inside mc:Choice (mammoth reads the fallback)', () => {
    const xml = '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:p><w:r><w:t>x</w:t></w:r></w:p></mc:Choice><mc:Fallback><w:p><w:pPr><w:pStyle w:val="fb"/></w:pPr></w:p></mc:Fallback></mc:AlternateContent></w:r></w:p>';
    expect(seen(xml).map((p) => p.pStyle)).toEqual([null, 'fb']);
  });

  it('drops the own numPr, keeps the pPrChange, and puts runs first', () => {
    const xml =
      '<w:p><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:pPrChange><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:pPrChange></w:pPr><w:r><w:t>a</w:t></w:r></w:p><w:p><w:r><w:t>b</w:t></w:r></w:p>';
    const out = rewriteParagraphs(xml, () => ({ insertRuns: '<w:r>N</w:r>', dropNumbering: true }));
    expect(out).toBe(
      '<w:p><w:pPr><w:pPrChange><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:pPrChange></w:pPr><w:r>N</w:r><w:r><w:t>a</w:t></w:r></w:p><w:p><w:r>N</w:r><w:r><w:t>b</w:t></w:r></w:p>',
    );
  });

  it('returns the same string when nothing changes', () => {
    const xml = '<w:p><w:r><w:t>a</w:t></w:r></w:p>';
    expect(rewriteParagraphs(xml, () => null)).toBe(xml);
  });
});
