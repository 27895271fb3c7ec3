import { describe, expect, it } from 'vitest';
import { readParagraphStyles } from '../../src/ingest/docx-xml.js';

describe('readParagraphStyles (text scan of styles.xml)', () => {
  it("reads a style's own numbering, outline level and basedOn, not a table region's or a tracked change's", () => {
    const styles = readParagraphStyles(
      '<w:styles><w:style w:type="paragraph" w:styleId="H1"><w:name w:val="标题 1"/><w:basedOn w:val="Normal"/>' +
        '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="7"/></w:numPr><w:outlineLvl w:val="0"/>' +
        '<w:pPrChange w:id="1"><w:pPr><w:numPr><w:numId w:val="99"/></w:numPr></w:pPr></w:pPrChange></w:pPr></w:style>' +
        "<w:style w:type='table' w:styleId='T'><w:tblStylePr w:type=\"firstRow\"><w:pPr><w:numPr><w:numId w:val=\"5\"/></w:numPr></w:pPr></w:tblStylePr></w:style>" +
        '<w:style w:type="paragraph" w:styleId="Plain"/></w:styles>',
    );
    expect(Object.fromEntries(styles)).toEqual({
      H1: { numId: '7', ilvl: 0, outlineLvl: 0, basedOn: 'Normal' },
      T: { numId: null, ilvl: null, outlineLvl: null, basedOn: null },
      Plain: { numId: null, ilvl: null, outlineLvl: null, basedOn: null },
    });
  });

  it('gives no styles without styles.xml', () => {
    expect(readParagraphStyles(null).size).toBe(0);
  });
});
