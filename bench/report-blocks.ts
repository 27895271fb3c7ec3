/**
 * A synthetic report as an ordered list of blocks (title, headings, prose,
 * the project table), the shape both the text and the docx renderers write.
 * The prose follows the seed's wording so the parser meets realistic claims.
 */
import type { Rng } from './prng.js';
import { formatAmount, type SynthReport } from './synth-report.js';

export type DocBlock =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; rows: string[][] };

const FILLER = [
  '本部门主要采取自行监控模式，按照预算绩效运行的管理制度要求和有关规定，对照项目绩效目标，完善项目支出责任制度，提高支出执行的及时性、均衡性和有效性。',
  '当项目执行绩效与绩效目标发生偏离时，及时报告，并采取措施予以纠正。',
  '从全年落实项目情况分析，年初设定绩效目标相对较为合理，但由于具体实施情况不同，致使部分项目绩效目标未按年初设定完成。',
  '加强绩效目标日常监控工作，及时掌握项目绩效目标的完成情况、项目实施进程和资金支出进度。',
  '积极配合上级财政部门的绩效监控工作，进行数据收集、整理工作，撰写监控报告，按要求上报。',
] as const;

export function reportBlocks(report: SynthReport, rng: Rng): DocBlock[] {
  const { year, township, county, unit, declared } = report;
  const distributionText = declared.distribution
    .map((level, i) =>
      level.percent === null
        ? `工作未开展的项目有${level.count}个`
        : `绩效目标实现程度${level.percent === 100 || i === 0 ? '达到' : '在'}${level.percent}%的项目有${level.count}个`,
    )
    .join('，');
  const header = ['部门名称', '项目名称', `资金数额（${unit}）`, '12月底绩效目标实现程度（%）', '自评得分'];
  const rows = report.projects.map((p) => [
    p.department,
    p.name,
    formatAmount(p.yuan, unit, rng),
    p.completion === 0 ? '0%' : `${p.completion}%`,
    p.completion === 0 ? '0' : String(p.score),
  ]);
  if (report.totalRow) {
    const total = report.projects.reduce((s, p) => s + p.yuan, 0);
    rows.push(['合计', '', formatAmount(total, unit), '', '']);
  }
  return [
    { kind: 'title', text: `${year}年度${township}人民政府（部门）整体绩效自评工作报告` },
    { kind: 'heading', level: 1, text: '一、绩效自评工作组织开展情况' },
    { kind: 'paragraph', text: `根据${county}财政局下发的${year}年度预算项目绩效自评工作的通知，我镇高度重视，成立专项小组，指定专人负责此项工作。` },
    { kind: 'heading', level: 2, text: '１．资金情况' },
    {
      kind: 'paragraph',
      text: `${year}年本部门管理的预算项目${declared.count}个，涉及资金${formatAmount(declared.totalYuan, '万元')}万元。`,
    },
    { kind: 'heading', level: 2, text: '２．绩效自评工作开展情况' },
    { kind: 'paragraph', text: rng.pick(FILLER) },
    { kind: 'heading', level: 1, text: '二、绩效目标实现情况' },
    { kind: 'paragraph', text: `本部门1-12月份${distributionText}。自评得分为${declared.score}分。` },
    { kind: 'paragraph', text: '具体完成情况如下：' },
    { kind: 'table', rows: [header, ...rows] },
    { kind: 'heading', level: 1, text: '三、绩效目标设定质量情况' },
    { kind: 'paragraph', text: rng.pick(FILLER) },
    { kind: 'heading', level: 1, text: '四、整改措施及结果应用' },
    { kind: 'paragraph', text: rng.pick(FILLER) },
    { kind: 'paragraph', text: rng.pick(FILLER) },
  ];
}
