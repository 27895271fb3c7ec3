import { describe, expect, it } from 'vitest';
import { findCountMentions, findProjectCounts } from '../../../src/parse/claims/project-count.js';
import { toHalfWidth } from '../../../src/parse/numbers.js';

const counts = (text: string) => findProjectCounts(toHalfWidth(text)).map((f) => (f.claim.type === 'projectCount' ? f.claim.value : null));
const quotes = (text: string) => findProjectCounts(toHalfWidth(text)).map((f) => text.slice(f.start, f.end));

describe('declared project counts', () => {
  it('reads every way a report states how many projects it has', () => {
    expect(counts('2022年本部门管理的预算项目24个，涉及资金2735.649088万元。')).toEqual([24]);
    expect(counts('本部门管理的预算项目２４个。')).toEqual([24]);
    expect(counts('本部门管理的预算项目二十四个。')).toEqual([24]);
    expect(counts('今年共6个项目。')).toEqual([6]);
    expect(counts('本部门共有预算项目24个。')).toEqual([24]);
    expect(counts('参与绩效评价的项目共4个,共计44万元。')).toEqual([4]);
    expect(counts('资金共分为10个项目,转移支付绩效目标设置')).toEqual([10]);
    expect(counts('根据需求,决定建设6个项目,分别为甲、乙')).toEqual([6]);
    expect(counts('下达上级资金转移支付10个项目均完工,其中3个项目资金执行100%')).toEqual([10]);
  });

  it('quotes the clause as written', () => {
    expect(quotes('2022年本部门管理的预算项目２４个，涉及资金2735.649088万元。')).toEqual(['2022年本部门管理的预算项目２４个']);
  });

  it('does not read subsets or counts of other things', () => {
    expect(counts('绩效目标实现程度达到100%的项目有14个，实现程度在50%的项目有4个')).toEqual([]);
    expect(counts('其中3个项目资金执行100%')).toEqual([]);
    expect(counts('共补助8个村，保障村干部42人，受理12件')).toEqual([]);
    expect(counts('根据10个项目实施情况设置指标')).toEqual([]);
    expect(counts('本年度完成项目3个，在建项目2个，新增项目1个')).toEqual([]);
  });

  it('marks the counts whose clause says only how many were completed', () => {
    const mentions = (text: string) =>
      findCountMentions(toHalfWidth(text)).map((m) => [m.found.claim.type === 'projectCount' ? m.found.claim.value : null, m.completedOnly]);
    expect(mentions('完成年度建设项目1个,主要建设内容为新建机井1座。')).toEqual([[1, true]]);
    expect(mentions('本年度完成项目3个，在建项目2个，新增项目1个')).toEqual([[3, true], [2, false], [1, false]]);
    expect(mentions('今年共6个项目，其中完成项目4个，未完成项目2个。')).toEqual([[6, false], [4, false], [2, false]]);
    expect(mentions('2023年已完成建设项目5个。')).toEqual([[5, true]]);
  });
});
