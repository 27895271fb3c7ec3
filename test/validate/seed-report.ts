/**
 * The seed report (fixtures/shenxing-2022-summary.txt) transcribed by hand as
 * a Report, so the rules can be tested on it independently of the parser.
 */
import type { Report } from '../../src/model.js';
import { buildReport, claim, level, row, section, type RowSpec } from './support.js';

export const SEED_ROWS: RowSpec[] = [
  row('村党组织活动经费', 12.21, { completion: 100, score: 100 }),
  row('村级办公经费', 18, { completion: 100, score: 100 }),
  row('村干部保险', 9.72, { completion: 100, score: 95.66 }),
  row('服务群众专项经费', 30.564, { completion: 100, score: 100 }),
  row('2019-2020年综改资金项目', 72.5, { completion: 100, score: 100 }),
  row('解决市头村中学遗留问题所需经费', 3.7328, { completion: 100, score: 97 }),
  row('基层武装经费', 3, { completion: 100, score: 90.67 }),
  row('神星镇自身建设资金', 10, { completion: 100, score: 100 }),
  row('（预）私挖盗采点勘测费用及清理石料机械费用', 20, { completion: 60, score: 77.59 }),
  row('神星镇农村生活污水治理项目进度款及预付款费用', 300, { completion: 100, score: 100 }),
  row('正常离任村干部生活补贴', 17.832, { completion: 100, score: 95.43 }),
  row('2022年农业生产发展资金(满财【2022】63号', 173.870369, { completion: 100, score: 100 }),
  row('防火经费', 5, { completion: 50, score: 75.94 }),
  row('维稳经费', 10, { completion: 100, score: 93 }),
  row('翟家佐河道拆违剩余费用及河道清理费用', 10, { completion: 100, score: 100 }),
  row('[综]私挖盗采点现场勘测费用', 10, { completion: 34, score: 71.4 }),
  row('满城区神星镇农村生活污水治理项目进度款及剩余预付款（第二次拨付）', 1546.024119, { completion: 100, score: 100 }),
  row('解决魏庄村使用惠阳公司生活用水遗留问题', 15, { completion: 100, score: 100 }),
  row('修缮行政服务大厅资金', 12, { completion: 100, score: 95 }),
  row('[预]付拍卖砂石费用', 16.75, { completion: 100, score: 100 }),
  row('村干部基础职务补贴', 360.2358, { completion: 100, score: 98.22 }),
  row('2022年村党组织活动经费', 12.21, { completion: 100, score: 100 }),
  row('2022年政府隐性债务化解', 23, { completion: 100, score: 100 }),
  row('2022年服务群众专项经费', 44, { completion: 100, score: 100 }),
].map((r) => ({ ...r, department: '神星镇人民政府本级' }));

/** Section 一 (line 9-12) and section 二 (line 14) claims, as the parser should read them. */
export function seedReport(overrides: { rows?: RowSpec[]; count?: number; total?: number; score?: number; sec1?: number[]; sec2?: number[] } = {}): Report {
  const [a1, b1, c1, d1] = overrides.sec1 ?? [14, 4, 1, 5];
  const [a2, b2, c2] = overrides.sec2 ?? [21, 2, 1];
  return buildReport({
    meta: { title: '2022年度神星镇人民政府（部门）整体绩效自评工作报告', entity: '神星镇人民政府', township: '神星镇', county: '满城区', kind: 'township-summary' },
    sections: [
      section('s1', '绩效自评工作组织开展情况', 4, '一、'),
      section('s2', '绩效目标实现情况', 13, '二、'),
      section('s3', '绩效目标设定质量情况', 158, '三、'),
      section('s4', '整改措施及结果应用', 160, '四、'),
    ],
    claims: [
      claim.projectCount(overrides.count ?? 24, { line: 7, sectionId: 's1', quote: '2022年本部门管理的预算项目24个，涉及资金2735.649088万元。' }),
      claim.totalAmount(overrides.total ?? 2735.649088, '万元', { line: 7, sectionId: 's1', quote: '2022年本部门管理的预算项目24个，涉及资金2735.649088万元。' }),
      claim.distribution([level.exact(100, a1!), level.atLeast(50, b1!), level.atLeast(30, c1!), level.notStarted(d1!)], { line: 11, sectionId: 's1' }),
      claim.distribution([level.exact(100, a2!), level.atLeast(50, b2!), level.atLeast(30, c2!)], { line: 14, sectionId: 's2' }),
      claim.selfScore(overrides.score ?? 90, { line: 14, sectionId: 's2' }),
      claim.entityMention('神星镇人民政府', { line: 1 }),
    ],
    rows: overrides.rows ?? SEED_ROWS,
  });
}
