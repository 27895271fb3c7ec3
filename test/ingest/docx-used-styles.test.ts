import { describe, expect, it } from 'vitest';
import { usedStylesXml } from '../../src/ingest/docx-used-styles.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const style = (id: string, inner = '', attrs = '') => `<w:style w:type="paragraph"${attrs} w:styleId="${id}"><w:name w:val="${id}"/>${inner}</w:style>`;
const styles = (...defs: string[]) =>
  `<?xml version="1.0"?><w:styles ${W}><w:docDefaults><w:rPrDefault/></w:docDefaults>` +
  `<w:latentStyles w:count="2"><w:lsdException w:name="Heading 1"/><w:lsdException w:name="Title"/></w:latentStyles>${defs.join('')}</w:styles>`;
const ids = (xml: string | null) => [...(xml ?? '').matchAll(/w:styleId="([^"]*)"/g)].map((m) => m[1]);

describe('usedStylesXml', () => {
  const xml = styles(
    style('Normal', '', ' w:default="1"'),
    style('Heading1', '<w:basedOn w:val="Base"/><w:next w:val="Normal"/>'),
    style('Base', '<w:pPr><w:outlineLvl w:val="0"/></w:pPr>'),
    style('Unused'),
    style('ListStyle'),
    `<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/></w:style>`,
  );

  it('keeps the default styles, the ones the parts name and what they are based on; drops the rest and latentStyles', () => {
    const document = `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr></w:p><w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr></w:r>`;
    const numbering = `<w:lvl><w:pStyle w:val="ListStyle"/></w:lvl>`;
    const trimmed = usedStylesXml(xml, [document, numbering]);
    expect(ids(trimmed).sort()).toEqual(['Base', 'Heading1', 'ListStyle', 'Normal', 'Strong']);
    expect(trimmed).not.toContain('latentStyles');
    expect(trimmed).toContain('<w:docDefaults><w:rPrDefault/></w:docDefaults>');
    expect(trimmed).toContain('<w:outlineLvl w:val="0"/>');
    expect(trimmed!.endsWith('</w:styles>')).toBe(true);
  });

  it('survives a basedOn loop', () => {
    const loop = styles(style('A', '<w:basedOn w:val="B"/>'), style('B', '<w:basedOn w:val="A"/>'), style('C'));
    expect(ids(usedStylesXml(loop, ['<w:pStyle w:val="A"/>']))).toEqual(['A', 'B']);
  });

  it('leaves styles.xml alone when it is not shaped as expected, and passes null through', () => {
    const other = '<x:styles xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:style x:styleId="A"/></x:styles>';
    expect(usedStylesXml(other, [])).toBe(other);
    expect(usedStylesXml(null, [])).toBeNull();
    const none = `<w:styles ${W}></w:styles>`;
    expect(usedStylesXml(none, [])).toBe(none);
  });
});
