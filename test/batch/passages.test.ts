// Passage keys make the same sentence about different bodies compare equal, and leave out tables and stock phrases.
import { describe, expect, it } from 'vitest';
import { passageKey, prosePassages } from '../../src/batch/passages.js';
import type { Meta, SourceDocument } from '../../src/model.js';

const meta: Meta = { title: null, year: 2022, entity: '神星镇人民政府', township: '神星镇', county: '满城区', kind: null };
const other: Meta = { ...meta, entity: '石井乡人民政府', township: '石井乡' };

describe('passage keys', () => {
  it('replace the report’s own names and self-references, mask figures and drop punctuation', () => {
    const a = passageKey('神星镇人民政府高度重视，我镇投入资金１２.５万元。', ['神星镇人民政府', '神星镇']);
    const b = passageKey('石井乡人民政府高度重视，我乡投入资金 30万元。', ['石井乡人民政府', '石井乡']);
    expect(a).toBe(b);
    expect(a).not.toMatch(/[0-9，。\s]/);
    expect(passageKey('东庄村道路硬化3公里', [])).not.toBe(passageKey('西营村道路硬化3公里', []));
  });

  it('cut paragraphs into sentences with their location, skipping tables and short phrases', () => {
    const doc: SourceDocument = {
      source: { path: 'a.txt', sha256: '', format: 'txt', encoding: 'utf-8', bytes: 0 },
      warnings: [],
      blocks: [
        { type: 'paragraph', text: '具体如下：', headingLevel: null, listNumber: null, location: { line: 1 } },
        { type: 'paragraph', text: '神星镇完成道路硬化3公里，群众出行明显改善。东庄村新建路灯20盏；西营村清淤河道2公里。', headingLevel: null, listNumber: null, location: { line: 2 } },
        { type: 'table', rows: [['项目名称', '金额'], ['东庄村道路硬化工程项目', '10']], rowLocations: [{ line: 3 }, { line: 4 }], location: { line: 3 }, layout: 'tab-row' },
      ],
    };
    const passages = prosePassages(doc, meta);
    expect(passages.map((p) => p.text)).toEqual(['神星镇完成道路硬化3公里，群众出行明显改善。', '东庄村新建路灯20盏；', '西营村清淤河道2公里。']);
    expect(passages.every((p) => p.location.line === 2)).toBe(true);
    const renamed = { ...doc, blocks: doc.blocks.map((b) => (b.type === 'paragraph' ? { ...b, text: b.text.replace('神星镇', '石井乡') } : b)) };
    expect(prosePassages(renamed, other).map((p) => p.key)).toEqual(passages.map((p) => p.key));
  });
});
