/**
 * A batch of synthetic reports for the batch stage: every report follows the
 * same template (the seed's headings and stock sentences) and adds prose of
 * its own, and the planted batch adds the cases the batch rules must find —
 * a report copied from another town with the figures kept, one project in
 * two townships, one body's two different reports for one year, a project
 * repeated in the next year — next to a report that shares only the
 * template. Deterministic for a seed.
 */
import { createRng, type Rng } from './prng.js';
import { renderDocx } from './render-docx.js';
import { renderText } from './render-text.js';
import { reportBlocks, type DocBlock } from './report-blocks.js';
import { distributionOf, type SynthProject, type SynthReport } from './synth-report.js';

const VILLAGES = ['东庄村', '西营村', '南河村', '北岗村', '上湾村', '下店村', '前庄村', '后营村', '大王村', '小李村', '张家村', '刘家村', '马家村', '白塔村', '石门村', '青山村'] as const;
const ACTIONS = ['完成', '实施', '推进', '启动', '验收', '新建', '改造'] as const;
const OBJECTS = ['道路硬化', '饮水管网改造', '路灯安装', '河道清淤', '危房改造', '厕所改造', '垃圾收集点建设', '文化广场修缮', '灌溉渠维修', '桥梁加固', '绿化补植', '监控设施安装', '排水沟疏通', '卫生室改建'] as const;
const MEASURES = ['处', '公里', '座', '户', '个'] as const;
const EFFECTS = ['群众出行条件明显改善', '受益群众', '村容村貌明显提升', '安全隐患全部消除', '群众满意度明显提高', '农田灌溉得到保障', '汛期排涝能力增强', '生活污水得到有效收集'] as const;
const PROJECT_STEMS = [
  '农村人居环境整治', '乡村道路硬化工程', '安全饮水巩固提升', '高标准农田建设', '秸秆综合利用', '森林防火专项', '退役军人服务站运行',
  '困难群众临时救助', '河长制工作', '基层综治中心建设', '村卫生室运行补助', '垃圾清运', '防汛物资储备', '污水处理设施运维',
  '便民服务中心建设', '文化广场维修改造', '党员教育培训', '网格员补贴', '饮用水源地保护', '小型水库除险加固',
] as const;

/** A sentence of a report's own: what was done where, and with what effect. */
export function ownSentence(rng: Rng): string {
  const n = rng.int(2, 40);
  return `${rng.pick(VILLAGES)}${rng.pick(ACTIONS)}${rng.pick(OBJECTS)}${n}${rng.pick(MEASURES)}，${rng.pick(EFFECTS)}${rng.chance(0.5) ? `${rng.int(20, 900)}户` : ''}。`;
}

/** The template's blocks with the report's own prose added under the second and fourth headings. */
export function batchBlocks(report: SynthReport, rng: Rng, own: readonly string[]): DocBlock[] {
  const blocks = reportBlocks(report, rng);
  const half = Math.ceil(own.length / 2);
  const at = (heading: string) => blocks.findIndex((b) => b.kind === 'heading' && b.text.startsWith(heading));
  const second = at('二、');
  const fourth = at('四、');
  blocks.splice(fourth + 1, 0, { kind: 'paragraph', text: own.slice(half).join('') });
  blocks.splice(second + 1, 0, { kind: 'paragraph', text: own.slice(0, half).join('') });
  return blocks;
}

/** A report whose declared figures agree with its rows. */
export function consistentReport(facts: { year: number; county: string; township: string; projects: SynthProject[] }): SynthReport {
  const totalYuan = facts.projects.reduce((s, p) => s + p.yuan, 0);
  const meanScore = Math.round(facts.projects.reduce((s, p) => s + p.score, 0) / Math.max(1, facts.projects.length));
  return {
    ...facts,
    unit: '万元',
    declared: { count: facts.projects.length, totalYuan, distribution: distributionOf(facts.projects), score: meanScore },
    totalRow: false,
    contradictions: [],
  };
}

/** Project names drawn without replacement from one pool for the whole batch, so no two reports share one by chance. */
export function projectPool(rng: Rng): () => string {
  const names = VILLAGES.flatMap((v) => PROJECT_STEMS.map((s) => `${v}${s}项目`));
  for (let i = names.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [names[i], names[j]] = [names[j] as string, names[i] as string];
  }
  let next = 0;
  return () => {
    const name = names[next % names.length] as string;
    next += 1;
    return next > names.length ? `${name}${Math.floor(next / names.length)}期` : name;
  };
}

export function synthProjects(rng: Rng, township: string, count: number, nextName: () => string): SynthProject[] {
  return Array.from({ length: count }, () => {
    const completion = rng.chance(0.8) ? 100 : rng.pick([50, 80]);
    return { department: `${township}人民政府本级`, name: nextName(), yuan: rng.int(1, 900) * 1000, completion, score: Math.round((70 + rng.next() * 30) * 100) / 100 };
  });
}

export interface BatchFile {
  name: string;
  bytes: Buffer;
}

export interface PlantedCase {
  code: 'copied-report' | 'shared-project' | 'duplicate-submission' | 'repeated-project';
  files: [string, string];
}

export interface PlantedBatch {
  files: BatchFile[];
  planted: PlantedCase[];
  /** the report that shares only the template sentences with the others */
  templateOnly: string;
}

function replaceInBlocks(blocks: readonly DocBlock[], from: string, to: string): DocBlock[] {
  const swap = (t: string) => t.split(from).join(to);
  return blocks.map((b) => (b.kind === 'table' ? { kind: 'table', rows: b.rows.map((r) => r.map(swap)) } : { ...b, text: swap(b.text) }));
}

const text = (blocks: readonly DocBlock[]) => Buffer.from(renderText(blocks, 'tab-row'), 'utf8');

/** The planted batch: ten reports, four planted relations, one template-only report. */
export async function plantedBatch(seed = 20260101): Promise<PlantedBatch> {
  const rng = createRng(seed);
  const nextName = projectPool(rng);
  const county = '满城区';
  const own = (n = 6) => Array.from({ length: n }, () => ownSentence(rng));
  const make = (township: string, year = 2022, rows = 8) => consistentReport({ year, county, township, projects: synthProjects(rng, township, rows, nextName) });
  const files: BatchFile[] = [];

  // a report copied from another town: every word and figure kept, only the town's name changed (and saved as .docx)
  const original = make('神星镇');
  const originalBlocks = batchBlocks(original, rng, own());
  files.push({ name: '01-神星镇.txt', bytes: text(originalBlocks) });
  files.push({ name: '02-石井乡.docx', bytes: await renderDocx(replaceInBlocks(originalBlocks, '神星镇', '石井乡')) });

  // the same project, same amount, in two townships' reports
  const white = make('白龙乡');
  const yao = make('要庄乡');
  const sharedRow = white.projects[2] as SynthProject;
  yao.projects[5] = { ...sharedRow, department: '要庄乡人民政府本级' };
  const yaoReport = consistentReport(yao);
  files.push({ name: '03-白龙乡.txt', bytes: text(batchBlocks(white, rng, own())) });
  files.push({ name: '04-要庄乡.txt', bytes: text(batchBlocks(yaoReport, rng, own())) });

  // one body's two different reports for one year: an amount changed and a row added in the second
  const first = make('大册营镇');
  const firstProse = own();
  const changed = first.projects.map((p, i) => (i === 1 ? { ...p, yuan: p.yuan + 5000 } : p));
  const second = consistentReport({ ...first, projects: [...changed, ...synthProjects(rng, '大册营镇', 1, nextName)] });
  files.push({ name: '05-大册营镇.txt', bytes: text(batchBlocks(first, rng, firstProse)) });
  files.push({ name: '06-大册营镇-修改稿.txt', bytes: text(batchBlocks(second, rng, firstProse)) });

  // a report that shares only the template with the others
  files.push({ name: '07-于家庄乡.txt', bytes: text(batchBlocks(make('于家庄乡'), rng, own())) });
  files.push({ name: '08-方顺桥乡.txt', bytes: text(batchBlocks(make('方顺桥乡'), rng, own())) });
  files.push({ name: '09-坨南乡.txt', bytes: text(batchBlocks(make('坨南乡'), rng, own())) });

  // the year before, one of 白龙乡's projects with the same amount
  const earlier = make('白龙乡', 2021);
  earlier.projects[0] = { ...(white.projects[4] as SynthProject) };
  files.push({ name: '10-白龙乡-2021.txt', bytes: text(batchBlocks(consistentReport(earlier), rng, own())) });

  return {
    files,
    planted: [
      { code: 'copied-report', files: ['01-神星镇.txt', '02-石井乡.docx'] },
      { code: 'shared-project', files: ['03-白龙乡.txt', '04-要庄乡.txt'] },
      { code: 'duplicate-submission', files: ['05-大册营镇.txt', '06-大册营镇-修改稿.txt'] },
      { code: 'repeated-project', files: ['03-白龙乡.txt', '10-白龙乡-2021.txt'] },
    ],
    templateOnly: '07-于家庄乡.txt',
  };
}
