import { describe, expect, it } from 'vitest';
import { readHeading, readSections, splitAtHeadings } from '../../src/parse/sections.js';
import { doc, docOfLines, para } from './support.js';

describe('section headings', () => {
  it('reads every numbering style, full-width or ASCII', () => {
    expect(readHeading('一、绩效自评工作组织开展情况')).toMatchObject({ number: '一、', style: 'cn-dun', title: '绩效自评工作组织开展情况' });
    expect(readHeading('（一）资金投入情况分析。')).toMatchObject({ number: '（一）', style: 'cn-paren', title: '资金投入情况分析' });
    expect(readHeading('(二)总体绩效目标完成情况分析')).toMatchObject({ style: 'cn-paren' });
    expect(readHeading('１．资金情况')).toMatchObject({ number: '１．', style: 'arabic-dot', title: '资金情况' });
    expect(readHeading('1. 绩效目标实现情况')).toMatchObject({ number: '1.', style: 'arabic-dot' });
    expect(readHeading('1、项目概况')).toMatchObject({ style: 'arabic-dun' });
    expect(readHeading('4.2019-2020年综改资金项目。')).toMatchObject({ number: '4.', title: '2019-2020年综改资金项目' });
    expect(readHeading('2.2022年政府隐性债务化解。安排经费5万元')).toMatchObject({ number: '2.', title: '2022年政府隐性债务化解' });
    expect(readHeading('(1)产出指标')).toMatchObject({ style: 'arabic-paren' });
    expect(readHeading('（1）产出指标')).toMatchObject({ style: 'arabic-paren' });
    expect(readHeading('第一部分 基本情况')).toMatchObject({ style: 'part', title: '基本情况' });
  });

  it('titles a long numbered paragraph by its text up to the first full stop or colon', () => {
    expect(readHeading('1. 绩效目标实现情况。1-12月份绩效目标实现程度达到100%的项目有21个')?.title).toBe('绩效目标实现情况');
    expect(readHeading('2. 偏差原因分析：1-12月份存在项目执行绩效')?.title).toBe('偏差原因分析');
  });

  it('does not take years, ranges or decimals for section numbers', () => {
    expect(readHeading('2022年本部门管理的预算项目24个')).toBeNull();
    expect(readHeading('1-12月份绩效目标实现程度')).toBeNull();
    expect(readHeading('2.5万元用于办公')).toBeNull();
    expect(readHeading('一是加强管理')).toBeNull();
  });

  it('ranks styles in the order a reader meets them and links parents', () => {
    const { sections } = readSections(
      docOfLines('一、甲', '（一）乙', '1.丙', '2.丁', '（二）戊', '二、己', '1.庚', '(1)辛').blocks,
    );
    expect(sections.map((s) => [s.number, s.level, s.parentId])).toEqual([
      ['一、', 1, null],
      ['（一）', 2, 's1'],
      ['1.', 3, 's2'],
      ['2.', 3, 's2'],
      ['（二）', 2, 's1'],
      ['二、', 1, null],
      ['1.', 2, 's6'],
      ['(1)', 3, 's7'],
    ]);
  });

  it('uses docx heading levels for unnumbered headings and skips the title lines', () => {
    const blocks = [para('2022年度某镇报告', 1, { headingLevel: 1 }), para('基本情况', 2, { headingLevel: 1 }), para('正文', 3), para('资金', 4, { headingLevel: 2 })];
    const { sections, sectionOfBlock } = readSections(doc(...blocks).blocks, new Set([0]));
    expect(sections.map((s) => [s.number, s.title, s.level])).toEqual([
      [null, '基本情况', 1],
      [null, '资金', 2],
    ]);
    expect(sectionOfBlock).toEqual([null, 's1', 's1', 's2']);
  });
});

describe('a text flattened onto one line', () => {
  const line = (text: string) => doc(para(text, 1)).blocks;
  const texts = (blocks: ReturnType<typeof splitAtHeadings>) => blocks.map((b) => (b.type === 'paragraph' ? b.text : ''));

  it('is cut at headings that continue the numbering, and the cuts become sections', () => {
    const blocks = splitAtHeadings(line('现将情况报告如下:一、基本情况(一)资金安排共80万元。(二)项目实施完成3个项目。二、问题统一、规范管理不足1、制度不全2、人员不足'));
    expect(texts(blocks)).toEqual(['现将情况报告如下:', '一、基本情况', '(一)资金安排共80万元。', '(二)项目实施完成3个项目。', '二、问题统一、规范管理不足', '1、制度不全', '2、人员不足']);
    expect(blocks.every((b) => b.location.line === 1)).toBe(true);
    expect(readSections(blocks).sections.map((s) => [s.number, s.level])).toEqual([['一、', 1], ['(一)', 2], ['(二)', 2], ['二、', 1], ['1、', 2], ['2、', 2]]);
  });

  it('leaves numbers out of sequence alone, and numbered points when nothing shows the text flattened', () => {
    expect(texts(splitAtHeadings(line('按照(三)款规定,统一、规范,做到二、三、四。')))).toEqual(['按照(三)款规定,统一、规范,做到二、三、四。']);
    expect(texts(splitAtHeadings(line('主要做法:1、加强领导;2、完善制度。')))).toEqual(['主要做法:1、加强领导;2、完善制度。']);
  });
});
