import { describe, expect, it } from 'vitest';
import { LIST_NUMBER_CLOSE, LIST_NUMBER_OPEN, OUTLINE_CLOSE, OUTLINE_OPEN } from '../../src/ingest/docx-markers.js';
import { htmlToBlocks } from '../../src/ingest/html-blocks.js';

const read = (html: string, maxTableRows = 1000) => htmlToBlocks(html, { maxTableRows });

describe('htmlToBlocks', () => {
  it('reads headings, heading classes, paragraphs and restored list numbers, in order', () => {
    const { blocks } = read(
      `<h1>${LIST_NUMBER_OPEN}一、${LIST_NUMBER_CLOSE}总体情况</h1><p>正文&amp;说明</p><p></p><p class="heading-7">深层标题</p><ul><li>要点<ul><li>子要点</li></ul></li></ul>`,
    );
    expect(blocks).toEqual([
      { type: 'paragraph', text: '一、总体情况', headingLevel: 1, listNumber: '一、', location: { block: 0 } },
      { type: 'paragraph', text: '正文&说明', headingLevel: null, listNumber: null, location: { block: 1 } },
      { type: 'paragraph', text: '深层标题', headingLevel: 7, listNumber: null, location: { block: 2 } },
      { type: 'paragraph', text: '要点', headingLevel: null, listNumber: null, location: { block: 3 } },
      { type: 'paragraph', text: '子要点', headingLevel: null, listNumber: null, location: { block: 4 } },
    ]);
  });

  it('takes an outline level when no heading tag gives one, and never leaves markers in the text', () => {
    const outline = (n: number): string => OUTLINE_OPEN + String(n) + OUTLINE_CLOSE;
    const { blocks } = read(`<p>${outline(2)}大纲二级</p><h1>${outline(3)}标题样式</h1><p>${outline(2)}${LIST_NUMBER_OPEN}（一）${LIST_NUMBER_CLOSE}编号</p><p>${outline(1)}</p>`);
    expect(blocks.map((b) => b.type === 'paragraph' && [b.text, b.headingLevel, b.listNumber])).toEqual([
      ['大纲二级', 2, null],
      ['标题样式', 1, null],
      ['（一）编号', 2, '（一）'],
    ]);
  });

  it('expands colspan and rowspan so every covered cell repeats the value', () => {
    const { blocks } = read(
      '<table>' +
        '<tr><td colspan="3"><p>项目表</p></td></tr>' +
        '<tr><td><p>部门</p></td><td><p>项目</p></td><td><p>金额</p></td></tr>' +
        '<tr><td rowspan="2"><p>镇本级</p></td><td><p>甲</p></td><td><p>1</p></td></tr>' +
        '<tr><td><p>乙</p></td><td><p>2</p></td></tr>' +
        '<tr><td><p>村委会</p></td><td colspan="2"><p>无</p></td></tr>' +
        '</table>',
    );
    expect(blocks).toHaveLength(1);
    const table = blocks[0]!;
    expect(table.type === 'table' && table.rows).toEqual([
      ['项目表', '项目表', '项目表'],
      ['部门', '项目', '金额'],
      ['镇本级', '甲', '1'],
      ['镇本级', '乙', '2'],
      ['村委会', '无', '无'],
    ]);
    expect(table.type === 'table' && table.rowLocations).toEqual([0, 1, 2, 3, 4].map((row) => ({ block: 0, row })));
  });

  it('pads ragged rows into a rectangle and joins paragraphs in a cell with a newline', () => {
    const { blocks } = read('<table><tr><td><p>a</p><p>b</p></td><td>c<br />d</td></tr><tr><td>e</td></tr></table>');
    expect(blocks[0]!.type === 'table' && blocks[0]!.rows).toEqual([
      ['a\nb', 'c\nd'],
      ['e', ''],
    ]);
  });

  it('keeps a nested table as its own block after the outer one, not in the outer cell', () => {
    const { blocks } = read(
      '<p>前言</p><table><tr><td><p>外层</p><table><tr><td>内1</td><td>内2</td></tr></table></td><td>右</td></tr></table><p>后记</p>',
    );
    expect(blocks.map((b) => (b.type === 'table' ? b.rows : b.text))).toEqual(['前言', [['外层', '右']], [['内1', '内2']], '后记']);
    expect(blocks.map((b) => b.location.block)).toEqual([0, 1, 2, 3]);
    const inner = blocks[2]!;
    expect(inner.type === 'table' && inner.rowLocations).toEqual([{ block: 2, row: 0 }]);
  });

  it('keeps only maxTableRows rows and says so in a warning', () => {
    const rows = Array.from({ length: 5 }, (_, i) => `<tr><td>${i}</td></tr>`).join('');
    const { blocks, warnings } = read(`<table>${rows}</table><table>${rows}</table>`, 7);
    expect(blocks.map((b) => (b.type === 'table' ? b.rows.length : 0))).toEqual([5, 2]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/first 2 of 5 rows/);
  });

  it('finds a table nested at any depth in a cell, inside a list or another table, in document order', () => {
    const { blocks } = read(
      '<table><thead><tr><th>头</th></tr></thead><tbody><tr><td><ul><li>不计<table><tr><td>甲&lt;1&gt;<table><tr><td>最内</td></tr></table></td></tr></table></li></ul></td></tr></tbody></table>' +
        '<table><tr><td>乙</td></tr></table>',
    );
    expect(blocks.map((b) => b.type === 'table' && b.rows)).toEqual([[['头'], ['']], [['甲<1>']], [['最内']], [['乙']]]);
  });

  it('reads the list items under a list item, after it, but no table under a list item (a table in a <p> closes the paragraph, as HTML does)', () => {
    const { blocks } = read('<ol><li>一<ol><li>二</li></ol>尾<table><tr><td>丢</td></tr></table></li></ol><p>段<table><tr><td>也丢</td></tr></table></p>');
    expect(blocks.map((b) => b.type === 'paragraph' && b.text)).toEqual(['一尾', '二', '段', false]);
  });
});
