/**
 * The Chinese words the validator relies on, kept as data: the parts of the
 * standard report template with their synonyms, and the words that make a
 * name a township-level government. (Which cell texts mean "no value" is the
 * parser's list, src/parse/lexicon.ts.)
 */

/** Report kinds that follow the 部门整体 / 乡镇 self-evaluation template. */
export const SUMMARY_KINDS: readonly string[] = ['township-summary', 'department-summary'];

/** A title word that marks a whole-of-department report (整体绩效自评). */
export const OVERALL_REPORT_MARKERS: readonly string[] = ['整体'];

/** The standard parts of an overall self-evaluation report, each with the headings that count as it. */
export const STANDARD_SECTIONS: readonly { zh: string; en: string; synonyms: readonly string[] }[] = [
  {
    zh: '绩效自评工作组织开展情况',
    en: 'how the self-evaluation was organised',
    synonyms: ['自评工作组织开展情况', '自评工作开展情况', '自评组织开展情况', '自评工作组织情况', '评价工作开展情况', '自评工作组织', '组织开展情况'],
  },
  {
    zh: '绩效目标实现情况',
    en: 'attainment of performance targets',
    synonyms: ['绩效目标实现情况', '绩效目标完成情况', '目标实现情况', '目标完成情况', '目标自评完成情况', '绩效目标实现程度', '绩效指标完成情况'],
  },
  {
    zh: '绩效目标设定质量情况',
    en: 'quality of the targets as set',
    synonyms: ['绩效目标设定质量', '目标设定质量', '绩效目标设定情况', '目标设定情况', '绩效目标设置情况'],
  },
  {
    zh: '整改措施及结果应用',
    en: 'corrective measures and use of the results',
    synonyms: ['整改措施', '结果应用', '改进措施', '整改情况', '结果运用', '问题整改'],
  },
];

/** The township-level divisions a government body can be named after: 麻埠镇, 某某乡, 某某街道. */
export const TOWNSHIP_SUFFIXES: readonly string[] = ['街道', '镇', '乡'];

/** What follows a township name when the text names its government (not a village, a road, 乡村振兴…). */
export const TOWNSHIP_BODY_SUFFIXES: readonly string[] = ['人民政府', '政府', '街道办事处', '办事处', '党委', '党工委'];

/** Administrative levels above a township; the township name starts after the last of them. */
export const SUPERIOR_DIVISION_CHARS: readonly string[] = ['省', '市', '县', '区', '旗', '州', '盟'];

/** How place names end (东庄村, 城南社区, 一组): a project name that differs by a place is another project. */
export const PLACE_SUFFIXES: readonly string[] = ['村', '社区', '村委会', '居委会', '组', '镇', '乡', '街道', '片区'];

/**
 * How a form's 年度指标值 says which way a target points: at least (≥90%, 不低于), at most (≤30万元, 不超过),
 * or exactly (=1个). Prefixes are read before the number, suffixes after the unit. A target without one of
 * them is not judged (`100%` alone may be a floor or a point).
 */
export const TARGET_AT_LEAST_PREFIXES: readonly string[] = ['≥', '≧', '>=', '＞＝', '>', '＞', '不低于', '不少于', '大于等于', '达到', '超过'];
export const TARGET_AT_MOST_PREFIXES: readonly string[] = ['≤', '≦', '<=', '＜＝', '<', '＜', '不高于', '不超过', '不多于', '小于等于', '控制在'];
export const TARGET_EXACT_PREFIXES: readonly string[] = ['=', '＝', '﹦', '等于'];
export const TARGET_AT_LEAST_SUFFIXES: readonly string[] = ['以上', '及以上'];
export const TARGET_AT_MOST_SUFFIXES: readonly string[] = ['以内', '以下', '及以下'];

/** The 一级 / 二级 indicator names of a cost indicator (成本指标, 经济成本指标). */
export const COST_GROUP_WORDS: readonly string[] = ['成本'];

/**
 * Words that make a cost a unit cost (每人补助, 单价, 人均 and every other 均, 补助标准, 500元/人): a cost per
 * unit is not money the project spends in total, so it is never set against the form's funds.
 */
export const UNIT_COST_MARKERS: readonly string[] = ['每', '单价', '均', '标准', '单位', '/', '／'];

/**
 * Units a 年度总体目标 quantity is never matched on against an indicator: rates, money and dates say too
 * little about which thing they measure (a goal's 100% or 50万元 may be any indicator's).
 */
export const GOAL_UNITS_EXCLUDED: readonly string[] = ['%', '％', '‰', '元', '万元', '亿元', '千元', '万', '亿', '年', '月', '日', '天', '个月', '周', '小时', '分'];

/** A character after a unit that makes it another unit (人 → 人次): the goal's quantity is not in the indicator's unit. */
export const GOAL_UNIT_EXTENSIONS: readonly string[] = ['次', '/', '／'];

/** Words before or after a goal quantity that make it a bound, a range or an estimate (约12万株, 200-300株, 50株以上). */
export const GOAL_INEXACT_BEFORE: readonly string[] = ['约', '近', '逾', '超过', '不少于', '不低于', '不超过', '不高于', '≥', '≤', '>', '<', '＞', '＜', '-', '－', '~', '～', '—', '至', '到'];
export const GOAL_INEXACT_AFTER: readonly string[] = ['以上', '以下', '以内', '左右', '余', '多', '-', '－', '~', '～', '—', '至', '到'];

/** Where a 年度总体目标 clause ends: the words of one clause name the thing its quantity counts. */
export const GOAL_CLAUSE_BREAKS = /[，,；;。！!？?、：:\n（）()]/u;

/**
 * Words too common in goals and indicator names to say two of them speak of the same thing (完成, 项目,
 * 建设); only other shared words count.
 */
export const GOAL_GENERIC_WORDS: readonly string[] = ['指标', '完成', '项目', '建设', '新建', '实施', '年度', '全年', '数量', '工作', '开展', '提高', '达到', '实现', '确保', '合格', '完工', '资金', '补助', '计划', '目标', '全部', '以上'];
