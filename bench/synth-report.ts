/**
 * A synthetic self-evaluation report: the facts (township, year, unit,
 * project rows) and what its prose declares about them, optionally with a
 * deliberate contradiction between the two. Renderers turn it into .txt
 * layouts or .docx; the facts stay exact (amounts in whole 元).
 */
import type { Rng } from './prng.js';
import type { SeedProject } from './seed-projects.js';

export type AmountUnit = '万元' | '元';
export type Contradiction = 'count' | 'total' | 'distribution' | 'duplicate-row' | 'score';

export interface SynthProject {
  department: string;
  name: string;
  /** exact amount in 元 */
  yuan: number;
  /** completion percent; 0 means the work did not start */
  completion: number;
  score: number;
}

export interface SynthReport {
  year: number;
  county: string;
  township: string;
  unit: AmountUnit;
  projects: SynthProject[];
  /** what the prose says, which differs from the rows when a contradiction was planted */
  declared: { count: number; totalYuan: number; distribution: { percent: number | null; count: number }[]; score: number };
  /** a 合计 row under the table */
  totalRow: boolean;
  contradictions: Contradiction[];
}

// Place names of the kind found in real reports; data, not logic.
const COUNTIES = ['满城区', '清苑区', '徐水区', '金寨县', '固始县', '兰考县', '青神县', '永德县', '新洲区', '普陀区'] as const;
const TOWNSHIPS = [
  '神星镇', '大册营镇', '石井乡', '白龙乡', '于家庄乡', '要庄乡', '方顺桥乡', '坨南乡', '刘家台乡', '贤台乡',
  '南韩村镇', '满城镇', '城关镇', '祖师庙镇', '麻埠镇', '兰阳镇', '汉源街道', '瑞金镇', '西湖乡', '青龙镇',
] as const;
const EXTRA_NAMES = [
  '农村人居环境整治', '乡村道路硬化工程', '安全饮水巩固提升', '高标准农田建设', '秸秆禁烧及综合利用', '森林防火专项经费',
  '退役军人服务站运行经费', '农村低保资金', '困难群众临时救助', '河长制工作经费', '村级组织运转经费', '基层综治中心建设',
  '残疾人两项补贴', '村卫生室运行补助', '垃圾清运经费', '农业保险保费补贴', '耕地地力保护补贴', '防汛抗旱物资储备',
  '污水处理设施运维', '便民服务中心建设', '文化广场维修改造', '党员教育培训经费', '网格员补贴', '饮用水源地保护',
] as const;
const NAME_SUFFIXES = ['', '', '', '（一期）', '（二期）', '项目', '专项经费', '补助资金'] as const;
const PARTIAL_LEVELS = [30, 50, 60, 80, 90] as const;

export interface SynthOptions {
  /** number of project rows */
  rows: number;
  /** chance that a contradiction is planted */
  contradictionRate: number;
}

export function synthReport(rng: Rng, seed: readonly SeedProject[], options: SynthOptions): SynthReport {
  const year = rng.int(2018, 2024);
  const township = rng.pick(TOWNSHIPS);
  const county = rng.pick(COUNTIES);
  const unit: AmountUnit = rng.chance(0.75) ? '万元' : '元';
  const department = `${township}人民政府本级`;
  const projects: SynthProject[] = [];
  const usedNames = new Set<string>();
  for (let i = 0; i < options.rows; i++) {
    const name = uniqueName(rng, seed, usedNames, year, township);
    const base = seed.length > 0 && rng.chance(0.5) ? rng.pick(seed) : null;
    // Seed amounts are 万元 with up to 4 decimals; keep them whole 元.
    const yuan = base ? Math.round(Number(base.amount) * 10000) : rng.int(1, 4000) * rng.pick([100, 1000, 10000, 1]);
    const roll = rng.next();
    const completion = roll < 0.65 ? 100 : roll < 0.85 ? rng.pick(PARTIAL_LEVELS) : 0;
    const score = completion === 0 ? 0 : Math.round((60 + rng.next() * 40) * 100) / 100;
    projects.push({ department, name, yuan: Math.max(yuan, 1), completion, score });
  }
  const contradictions: Contradiction[] = [];
  if (rng.chance(options.contradictionRate)) {
    contradictions.push(rng.pick(['count', 'total', 'distribution', 'duplicate-row', 'score'] as const));
  }
  if (contradictions.includes('duplicate-row') && projects.length > 1) {
    const copy = projects[rng.int(0, projects.length - 1)];
    if (copy) projects.splice(rng.int(0, projects.length), 0, { ...copy });
  }
  const trueCount = contradictions.includes('duplicate-row') ? projects.length - 1 : projects.length;
  const totalYuan = projects.reduce((s, p) => s + p.yuan, 0);
  const distribution = distributionOf(projects);
  const meanScore = projects.length === 0 ? 0 : Math.round(projects.reduce((s, p) => s + p.score, 0) / projects.length);
  const declared = {
    count: contradictions.includes('count') ? trueCount + rng.pick([-2, -1, 1, 3]) : trueCount,
    totalYuan: contradictions.includes('total') ? totalYuan + rng.int(1, 500) * 100 : totalYuan,
    distribution: contradictions.includes('distribution') ? shiftOne(rng, distribution) : distribution,
    score: contradictions.includes('score') ? Math.min(100, meanScore + rng.int(5, 15)) : meanScore,
  };
  return { year, county, township, unit, projects, declared, totalRow: rng.chance(0.3), contradictions };
}

function uniqueName(rng: Rng, seed: readonly SeedProject[], used: Set<string>, year: number, township: string): string {
  for (let attempt = 0; ; attempt++) {
    const stem = seed.length > 0 && rng.chance(0.5) ? rng.pick(seed).name.replace(/神星镇/g, township).replace(/20\d\d年/g, `${year}年`) : rng.pick(EXTRA_NAMES);
    const prefix = rng.chance(0.3) ? `${year}年` : '';
    const village = attempt > 2 || rng.chance(0.3) ? `${rng.pick(['东', '西', '南', '北', '上', '下', '前', '后'])}${rng.pick(['庄', '营', '河', '岗', '湾', '店'])}村` : '';
    const name = `${prefix}${village}${stem}${rng.pick(NAME_SUFFIXES)}`;
    if (!used.has(name) || attempt > 20) {
      used.add(name);
      return attempt > 20 ? `${name}${attempt}` : name;
    }
  }
}

/** Counts per completion level, highest first, not-started last (null percent). */
export function distributionOf(projects: readonly SynthProject[]): { percent: number | null; count: number }[] {
  const counts = new Map<number, number>();
  for (const p of projects) counts.set(p.completion, (counts.get(p.completion) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([percent, count]) => ({ percent: percent === 0 ? null : percent, count }));
}

function shiftOne(rng: Rng, distribution: { percent: number | null; count: number }[]): { percent: number | null; count: number }[] {
  const i = rng.int(0, distribution.length - 1);
  return distribution.map((level, j) => (j === i ? { ...level, count: level.count + rng.pick([1, 2, 3]) } : level));
}

/** An amount in 元 written in the report's unit: 万元 with up to 6 decimals, 元 as a whole number or with .00. */
export function formatAmount(yuan: number, unit: AmountUnit, rng?: Rng): string {
  if (unit === '元') return rng?.chance(0.3) ? `${yuan}.00` : String(yuan);
  const whole = Math.floor(yuan / 10000);
  const frac = String(yuan % 10000).padStart(4, '0').replace(/0+$/, '');
  return frac === '' ? String(whole) : `${whole}.${frac}`;
}
