import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { splitNames } from '../../src/parse/prose-projects.js';
import { validate } from '../../src/validate/index.js';
import { claimsOf, doc, docOfLines, para, table } from './support.js';

describe('projects listed in prose', () => {
  it('reads numbered paragraphs after a count, each with its amount', () => {
    const report = parse(
      docOfLines(
        '一、项目基本情况',
        '本部门参与绩效评价的项目共3个，共计30.5万元。具体情况如下：',
        '1.理论学习专项。主要用于学习课堂。安排经费12万元。',
        '2.新闻媒体、新闻奖、宣传队伍建设专项。做好宣传报道，全年开展30次。安排经费13.5万元。',
        '3.扫黄打非专项。安排资金5万元。',
        '二、绩效目标',
      ),
    );
    expect(report.projects.map((p) => [p.tableId, p.row, p.name, p.amount, p.amountUnit, p.amountYuan])).toEqual([
      [null, 1, '理论学习专项', 12, '万元', 120000],
      [null, 2, '新闻媒体、新闻奖、宣传队伍建设专项', 13.5, '万元', 135000],
      [null, 3, '扫黄打非专项', 5, '万元', 50000],
    ]);
    // one project's own amount is not a second total of the report
    expect(report.claims.filter((c) => c.type === 'totalAmount').map((c) => c.value)).toEqual([30.5]);
  });

  it('reads an item cut in two by a page break, and a decimal split by a wrap space, as one item', () => {
    const report = parse(
      docOfLines(
        '（一）本单位2022年度共有3个项目',
        '1、围墙修缮项目：预算12. 5万元，全年实际支付12. 5万元。修缮围墙',
        '200米，更换大门一处。',
        '2、绿化养护项目：预算8万元，全年实际支付8万元。',
        '3、档案整理项目：预算3万元，全年实际支付3万元。',
      ),
    );
    expect(report.projects.map((p) => [p.name, p.amount, p.raw.amount])).toEqual([
      ['围墙修缮项目', 12.5, '12. 5万元'],
      ['绿化养护项目', 8, '8万元'],
      ['档案整理项目', 3, '3万元'],
    ]);
  });

  it('does not take ordinary numbered paragraphs for projects', () => {
    const report = parse(
      docOfLines(
        '四、整改措施及结果应用',
        '1.加强绩效目标日常监控工作。按照有关规定，对照项目绩效目标进行跟踪监控。',
        '2.积极配合上级财政部门的绩效监控工作。',
        '具体情况如下：',
        '1.加强管理。',
        '2.严格审核，节约资金3万元。',
        '绩效目标自评完成情况如下：',
        '(一)资金投入情况。下达建设资金56万元。',
        '(二)绩效目标完成情况。计划资金全部到位56万元。',
      ),
    );
    expect(report.projects).toEqual([]);
  });

  it('reads numbered paragraphs that open with a project’s name, each with the fund its 其中 qualifies, and one cut before its fund', () => {
    const report = parse(
      docOfLines(
        '一、基本情况',
        '(一)项目概况',
        '1.2022年第一批统筹整合使用财政涉农资金茶叶加工厂建设项目,项目实施助推产业发展。项目建设内容:建设厂房500平方米。统筹整合使用财政涉农资金150万元,其中项目管理费1.5万元,目前项目资金已拨付120万元。',
        '2.2022年第一批统筹整合使用财政涉农资金村内道路硬化项目,通过项目的实施改善出行条件。项目建设内容:道路硬化800平方米。安排资金48.6万元,已拨付48.6万元。',
        '3.2022年第一批统筹整合使用财政涉农资金农村危房改造项目,通过项目实施进一步巩固',
      ),
    );
    expect(report.projects.map((p) => [p.row, p.name, p.amount])).toEqual([
      [1, '2022年第一批统筹整合使用财政涉农资金茶叶加工厂建设项目', 150],
      [2, '2022年第一批统筹整合使用财政涉农资金村内道路硬化项目', 48.6],
      [3, '2022年第一批统筹整合使用财政涉农资金农村危房改造项目', null],
    ]);
    // the one-item 其中 is a share, not a breakdown to add up
    expect(claimsOf(report, 'breakdown')).toEqual([]);
    const checked = validate(report);
    expect(checked.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('leaves a project paragraph’s amount unknown when it states two funds, and takes no numbered aims for projects', () => {
    const two = parse(docOfLines('1.甲村道路硬化项目,改善出行。安排资金10万元,追加资金5万元。', '2.乙村水渠建设项目,方便灌溉。安排资金8万元。'));
    expect(two.projects.map((p) => [p.name, p.amount])).toEqual([
      ['甲村道路硬化项目', null],
      ['乙村水渠建设项目', 8],
    ]);
    expect(parse(docOfLines('1.加快推进重点项目,确保按期完工。', '2.规范管理在建项目,严格验收。')).projects).toEqual([]);
    // the projects a list already gave, told again in a later part, are not read twice
    const again = parse(
      docOfLines(
        '本单位共有项目2个,具体情况如下:',
        '1.甲村道路硬化项目。安排资金10万元。',
        '2.乙村水渠建设项目。安排资金8万元。',
        '二、绩效目标完成情况',
        '1.甲村道路硬化项目,安排资金10万元,已全部完工。',
        '2.乙村水渠建设项目,安排资金8万元,已全部完工。',
      ),
    );
    expect(again.projects.map((p) => [p.name, p.amount])).toEqual([
      ['甲村道路硬化项目', 10],
      ['乙村水渠建设项目', 8],
    ]);
    expect(parse(docOfLines('1.甲村道路硬化项目,安排资金10万元。', '二、绩效目标')).projects).toEqual([]);
  });

  it('reads 分别为 lists after a count of projects, names only', () => {
    const report = parse(docOfLines('根据需求,决定建设3个项目,分别为峨阳智能生态农场项目(兰洋镇)、(略)和排水沟建设工程、村道硬化项目等。'));
    expect(report.projects.map((p) => [p.name, p.amount, p.tableId, p.row])).toEqual([
      ['峨阳智能生态农场项目(兰洋镇)', null, null, 1],
      ['(略)和排水沟建设工程', null, null, 2],
      ['村道硬化项目', null, null, 3],
    ]);
  });

  it('joins parts of a name split by 、 when the count says so', () => {
    expect(splitNames('新闻媒体、新闻奖、宣传队伍建设专项、扫黄打非专项', 2)).toEqual(['新闻媒体、新闻奖、宣传队伍建设专项', '扫黄打非专项']);
    expect(splitNames('甲项目、乙项目', null)).toEqual(['甲项目', '乙项目']);
  });

  it('reads a list closed by its count, with the amounts beside the names, and the count as declared', () => {
    const report = parse(docOfLines('2024年项目支出包括委员活动经费40万元,委员视察经费12万元,文史资料编撰经费6.5万元,会议经费9万元,信息网络运行经费7万元等5个项目。'));
    expect(report.projects.map((p) => [p.name, p.amount, p.amountUnit, p.row])).toEqual([
      ['委员活动经费', 40, '万元', 1],
      ['委员视察经费', 12, '万元', 2],
      ['文史资料编撰经费', 6.5, '万元', 3],
      ['会议经费', 9, '万元', 4],
      ['信息网络运行经费', 7, '万元', 5],
    ]);
    expect(claimsOf(report, 'projectCount').map((c) => c.value)).toEqual([5]);
    expect(report.summary.amountTotal).toBe(74.5);
    const checked = validate(report);
    expect(checked.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(checked.summary.checks.find((c) => c.code === 'count-mismatch')).toMatchObject({ ran: true });
  });

  it('reads names closed by a larger count as a partial list, not a contradiction', () => {
    const report = parse(docOfLines('某镇在2023年开展了林业有害生物防治、农村公路养护、撂荒地盘活利用等40个项目。'));
    expect(report.projects.map((p) => p.name)).toEqual(['林业有害生物防治', '农村公路养护', '撂荒地盘活利用']);
    expect(claimsOf(report, 'projectCount').map((c) => c.value)).toEqual([40]);
    expect(validate(report).findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('reads a count in words that announces its project', () => {
    const report = parse(docOfLines('本单位2023年项目为一个：生均公用经费项目。'));
    expect(report.projects.map((p) => [p.name, p.amount])).toEqual([['生均公用经费项目', null]]);
    expect(claimsOf(report, 'projectCount').map((c) => c.value)).toEqual([1]);
  });

  it('does not take a sentence that merely ends in 等N个项目 after a verb-less clause for a list', () => {
    const report = parse(docOfLines('今年围绕乡村振兴，统筹推进各项工作，共实施道路硬化，并完成了桥梁修缮等3个项目。'));
    expect(report.projects).toEqual([]);
  });

  it('takes a count in parentheses that qualifies another for a subset, not a second declaration', () => {
    const report = parse(docOfLines('实施项目共15个(含2023年转列暂付性款项项目5个)，年中增加8个项目(含结转项目5个)。'));
    expect(claimsOf(report, 'projectCount').map((c) => c.value)).toEqual([15]);
    expect(validate(report).findings.filter((f) => f.code === 'claim-conflict')).toEqual([]);
  });

  it('reads numbered items inside running text after a count, across paragraphs, with the rate each states', () => {
    const report = parse(
      docOfLines(
        '(一)本单位2023年度共有3个项目1、道路养护项目:预算12. 5万元,全 年实际支付12. 5万元,使用率100%。具体范围为:修补路面300平方米;',
        '2、碑、牌维修等。2、2023年文化活动专项资金项目:预算8万元,实际支付6万元,使用率75%。3、村容整治工程: 预算40万元,实际支付40万元,使用率100%o具体',
      ),
    );
    expect(report.projects.map((p) => [p.name, p.amount, p.completion])).toEqual([
      ['道路养护项目', 12.5, 100],
      ['2023年文化活动专项资金项目', 8, 75],
      ['村容整治工程', 40, 100],
    ]);
    const checked = validate(report);
    expect(checked.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(checked.summary.checks.find((c) => c.code === 'rate-claim-mismatch')).toMatchObject({ ran: true });
  });

  it('reads 一是…二是… paragraphs each ending with its amount, and not those without amounts', () => {
    const report = parse(
      docOfLines(
        '(二)项目主要内容',
        '一是规划编制',
        '二是村庄建设',
        '(三)项目预算投入',
        '一是村庄规划编制，需资金30万元',
        '二是村庄建设120.5万元',
        '三是示范村奖励50万元(按照实施方案的要求)',
      ),
    );
    expect(report.projects.map((p) => [p.name, p.amount])).toEqual([
      ['村庄规划编制', 30],
      ['村庄建设', 120.5],
      ['示范村奖励', 50],
    ]);
    expect(parse(docOfLines('一是加强学习，提高认识。', '二是严格管理，节约资金3万元，效果明显。')).projects).toEqual([]);
  });
});

describe('the one project of a single-project report', () => {
  it('is named by the title and takes the final budget; the report is a project report', () => {
    const report = parse(
      docOfLines('某县水利局2023年度农村饮水安全巩固提升项目支出绩效自评报告', '一、项目概况', '该项目年初预算资金120万元，调整后预算150万元，实际支出150万元，执行率100%。'),
    );
    expect(report.meta.kind).toBe('project-report');
    expect(report.projects.map((p) => [p.tableId, p.row, p.name, p.amount, p.amountUnit])).toEqual([[null, 1, '农村饮水安全巩固提升项目', 150, '万元']]);
    expect(report.summary.projectCount).toBe(1);
  });

  it('is named by a 项目名称 line when the title does not name it', () => {
    const report = parse(docOfLines('2023年度项目绩效自评报告', '项目名称：乡村道路维护', '预算资金30万元，已全部支出。'));
    expect(report.meta.kind).toBe('project-report');
    expect(report.projects.map((p) => [p.name, p.amount])).toEqual([['乡村道路维护', 30]]);
  });

  it('is not read from a title naming a funding stream, nor from a department’s project-spending title', () => {
    expect(parse(docOfLines('某镇人民政府2023年度财政衔接资金项目绩效自评总结报告', '一、基本情况')).projects).toEqual([]);
    expect(parse(docOfLines('中共某县县委宣传部2024年度项目支出绩效评价报告', '一、基本情况')).projects).toEqual([]);
  });

  it('is the one project the money was used for, with the completion its sentence states', () => {
    const report = parse(
      docOfLines('某局2022年衔接资金项目绩效自评报告', '(一)某局2022年衔接资金共下达80万元,用于实施某村灌溉设施项目。', '某村灌溉设施项目已完成竣工验收,完成率100%。'),
    );
    expect(report.projects.map((p) => [p.name, p.amount, p.completion])).toEqual([['某村灌溉设施项目', 80, 100]]);
    expect(report.meta.kind).not.toBe('project-report');
  });

  it('is the one project the prose names, as the subject of its description or as what the fund is, its amount unknown', () => {
    const described = parse(
      docOfLines(
        '某镇人民政府转移支付2023年度绩效自评报告',
        '一、绩效目标分解下达情况',
        '2023年某镇收到农村综合改革转移支付预算共计30万元,主要用于村级集体经济发展试点项目建设。',
        '根据《关于下达试点项目建设任务的批复》文件,甲村茶叶、油茶种植项目建设内容:购买茶苗5000株,购买肥料200包。',
        '甲村茶叶、油茶种植项目绩效目标:预期收益。',
      ),
    );
    expect(described.projects.map((p) => [p.tableId, p.row, p.name, p.amount])).toEqual([[null, 1, '甲村茶叶、油茶种植项目', null]]);
    expect(described.meta.kind).not.toBe('project-report');
    expect(validate(described).findings.filter((f) => f.severity !== 'info')).toEqual([]);
    const fund = parse(
      docOfLines(
        '某街道对2024年中央农村综合性改革转移支付资金绩效目标实施情况开展自评。',
        '某街道2024年中央农村综合性改革转移支付资金即某街道某村委会某自然村农村公益事业建设财政奖补项目(普惠)某街道实施方案的批复,项目合同造价50万元。',
      ),
    );
    expect(fund.projects.map((p) => [p.name, p.amount])).toEqual([['某街道某村委会某自然村农村公益事业建设财政奖补项目(普惠)', null]]);
  });

  it('is not read from prose naming two projects, pointing at one named elsewhere, or beside a table', () => {
    expect(parse(docOfLines('甲村道路项目建设内容:硬化道路1公里。', '乙村水渠项目建设内容:新建水渠2公里。')).projects).toEqual([]);
    expect(parse(docOfLines('本次道路改造项目建设内容:硬化道路1公里。', '该道路改造项目绩效目标:道路通畅。')).projects).toEqual([]);
    expect(parse(docOfLines('(二)财政衔接资金项目绩效目标设定情况。', '衔接资金项目绩效目标:做好灌溉用水。')).projects).toEqual([]);
    expect(parse(docOfLines('2022年度项目绩效目标:完成全年任务。')).projects).toEqual([]);
    expect(parse(docOfLines('重点项目建设内容:道路、水利等。')).projects).toEqual([]);
    expect(parse(docOfLines('上级下达资金即时拨付到村道路硬化项目。')).projects).toEqual([]);
    const withTable = doc(para('甲村道路项目建设内容:硬化道路1公里。', 1), table([['指标', '数值'], ['道路长度', '1公里']], 2));
    expect(parse(withTable).projects).toEqual([]);
  });

  it('is not invented when the money went to several projects or to no named one', () => {
    expect(parse(docOfLines('下达资金20万元,用于实施甲村道路项目。', '下达资金30万元,用于实施乙村水渠项目。')).projects).toEqual([]);
    expect(parse(docOfLines('下达建设资金56万元，全部用于社区排水沟建设。')).projects).toEqual([]);
  });
});
