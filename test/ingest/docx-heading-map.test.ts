import { describe, expect, it } from 'vitest';
import { headingStyleMap } from '../../src/ingest/docx-heading-map.js';
import { HEADING_STYLES } from '../../src/ingest/lexicon-styles.js';

const styles = (...named: Array<[id: string, name: string]>): string =>
  `<w:styles>${named.map(([id, name]) => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/></w:style>`).join('')}</w:styles>`;

describe('headingStyleMap', () => {
  it('keeps only the lines for styles the document has: names in any case, ids exactly', () => {
    const map = headingStyleMap(styles(['a1', '标题 3'], ['b', 'HEADING 7'], ['heading8', 'x']), []);
    expect(map).toEqual([
      "p[style-name='标题 3'] => h3:fresh",
      "p[style-name='heading 7'] => p.heading-7:fresh",
      'p.heading8 => p.heading-8:fresh',
    ]);
  });

  it('keeps an id line for a style used in the text but not defined in styles.xml', () => {
    expect(headingStyleMap(null, ['<w:p><w:pPr><w:pStyle w:val="Heading9"/></w:pPr></w:p>'])).toEqual(['p.Heading9 => p.heading-9:fresh']);
  });

  it('keeps the lexicon order, so the first line that matches is the same as with the whole map', () => {
    const all = styles(...HEADING_STYLES.map((style, i): [string, string] => (style.by === 'id' ? [style.value, `s${i}`] : [`n${i}`, style.value])));
    expect(headingStyleMap(all, [])).toEqual(HEADING_STYLES.map((style) => style.line));
  });

  it('gives no lines for a document without heading styles', () => {
    expect(headingStyleMap(styles(['Normal', 'Normal'], ['Title', 'Title']), [])).toEqual([]);
  });
});
