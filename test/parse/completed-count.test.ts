import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { validate } from '../../src/validate/index.js';
import { claimsOf, docOfLines } from './support.js';

const counts = (...lines: string[]) => claimsOf(parse(docOfLines(...lines)), 'projectCount').map((c) => c.value);

describe('a count of completed projects as the report’s own count', () => {
  it('is the report’s count when the text counts its projects no other way', () => {
    const report = parse(
      docOfLines(
        '某局2023年衔接资金项目绩效自评报告',
        '(一)某局2023年衔接资金共下达60万元,用于实施某村灌溉设施项目。',
        '(1)项目完成数量。',
        '完成年度建设项目1个,主要建设内容为新建机井1座,水塔1座。',
      ),
    );
    expect(claimsOf(report, 'projectCount').map((c) => [c.value, c.quote])).toEqual([[1, '完成年度建设项目1个']]);
    expect(report.projects.map((p) => p.name)).toEqual(['某村灌溉设施项目']);
    const checked = validate(report);
    expect(checked.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(checked.summary.checks.find((c) => c.code === 'count-mismatch')).toMatchObject({ ran: true });
  });

  it('is a subset when a count is declared, or other subsets are counted', () => {
    expect(counts('本单位共有项目3个。', '完成年度建设项目2个。')).toEqual([3]);
    expect(counts('本年度完成项目3个，在建项目2个。')).toEqual([]);
    expect(counts('绩效目标实现程度达到100%的项目有2个。', '完成年度建设项目2个。')).toEqual([]);
  });

  it('is not read when two completion counts disagree, nor when more projects are listed than completed', () => {
    expect(counts('完成年度建设项目2个。', '全年完成项目3个。')).toEqual([]);
    const listed = parse(docOfLines('一是村庄规划编制，需资金30万元', '二是村庄建设120.5万元', '三是示范村奖励50万元', '完成年度建设项目2个。'));
    expect(listed.projects).toHaveLength(3);
    expect(claimsOf(listed, 'projectCount')).toEqual([]);
  });
});
