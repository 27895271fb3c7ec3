/**
 * The words of the money and rate claims (budget, received, executed
 * amounts; execution, completion, arrival, over-target and growth rates;
 * grades), as data. Cues are anchored at their end: the figure they name
 * follows at once (`预算资金` `为` `700万元`).
 */
import type { RateKind } from '../model.js';

/** an amount, allowing a line-wrap space inside its decimal (`35. 3万元`) */
export const SPACED_AMOUNT_PATTERN = '(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\s?\\d+)?)\\s*(万元|元)';

/** what may stand between a cue and its figure: `为`, `共计`, `:` */
const FILLER = '(?:共计|合计|总计|总额|共|达到|达|为|是|[:：])*\\s*';

function cue(words: string): RegExp {
  return new RegExp(`(?:${words})${FILLER}$`);
}

/** 预算资金 / 年初预算 / 调整后预算 / 全年(调整)预算数 / 预算 X万元 */
export const BUDGET_CUE = cue('(?:年初|调整后|全年(?:\\(调整\\))?|项目|财政)?预算(?:数|金额|资金|总额)?(?:安排)?(?:资金)?');
/** a lead that makes a 预算 figure something other than the budget (`超预算5万元`, `节约预算资金`) */
export const NOT_BUDGET_LEAD = /(超出?|低于|高于|节约|结余|剩余|执行|支出|完成)(?:年初|调整后|全年)?预算[^，,；;。]{0,6}$/;

/** 到位资金 / 资金到位 / 实际到位 X万元 */
export const RECEIVED_CUE = cue('到位资金|资金(?:全部|全额|足额)?到位|实际到位|到位');
/** `105万元已全部到位`: the figure comes before the word */
export const RECEIVED_AFTER = /^\s*(?:已|均已|均)?(?:全部|全额|足额)?到位/;

/** 实际支出 / 执行数 / 支出 / 实际支付 / 已拨付 X万元 */
export const EXECUTED_CUE = cue('实际支出|实际支付|实际使用|实际执行|执行数|执行金额|累计支付(?:资金)?|已支付|已拨付|拨付|支付|支出(?:数|金额)?');
/** spending categories (`项目支出80万元`) and transfer payments (`转移支付755.19万元`, a kind of fund) are not what was spent */
export const NOT_EXECUTED_LEAD = /(?:(基本|项目|人员|公用|其他|资本性|经常性)支出(?:数|金额)?[^，,；;。]{0,4}|转移支付(?:资金)?(?:共|共计|合计)?)$/;

/** income the budget was executed against (`财政拨款收入合计2024.05万元`) */
export const INCOME_CUE = cue('收入');

/** a lead ending near these words makes a figure a target or a limit, not a result (`目标：执行率100%`) */
export const TARGET_LEAD = /(≥|≤|>|<|＞|＜|≧|≦|不低于|不高于|不少于|不超过|预期|目标值?|指标值?|力争|确保)[^，,；;。]{0,8}$/;
/** a figure followed by these is a bound, not a result */
export const BOUND_AFTER = /^\s*(?:以上|以下|以内|及以上|左右)/;
/** a percentage with another figure glued right after it (`减少82%2%8`) is OCR-fused table cells: its digits may be the cell before's */
export const GLUED_FIGURE_AFTER = /^\d/;

/** a stated percentage and what it measures: the cue ends right before the figure (filler allowed) */
export const RATE_CUES: readonly { kind: RateKind; direction: 1 | -1; pattern: RegExp }[] = [
  { kind: 'execution', direction: 1, pattern: cue('(?:预算|资金|支出)?(?:执行率|使用率|支出率|支付率)|完成预算的|占预算的') },
  { kind: 'arrival', direction: 1, pattern: cue('(?:资金)?到位率') },
  { kind: 'over-target', direction: 1, pattern: cue('超(?:额)?(?:完成)?(?:年度)?(?:任务|计划|目标)(?:数)?') },
  { kind: 'completion', direction: 1, pattern: cue('完成率|完成比例|完成程度|实现程度') },
  { kind: 'growth', direction: 1, pattern: cue('(?:同比|较上年|比上年|较去年|比去年)(?:同期)?(?:增长|增加|提高|上升)') },
  { kind: 'growth', direction: -1, pattern: cue('(?:同比|较上年|比上年|较去年|比去年)(?:同期)?(?:减少|下降|降低)') },
];
/** a percentage as written; OCR may leave a letter after the sign (`100%o`) */
export const PERCENT = /^(\d+(?:\.\d+)?)\s*[%％]/;

/** the two figures of a completion or over-target rate: target and actual, in one counting unit */
export const TARGET_FIGURE_CUE = cue('(?:年度|计划|下达)?(?:任务|计划|目标)(?:数|数量)?');
export const ACTUAL_FIGURE_CUE = cue('实际完成|已完成|完成|实际');
/** a quantity with its counting unit (money or things) */
export const QUANTITY = /(?<![\d.,])(\d+(?:\.\d+)?)\s*(万元|元|平方米|立方米|公里|千米|万人次|人次|万人|米|[户人个亩株头只台套座处间项次件吨册场期家所])/g;
/** `由80户增加到100户` / `从80户增长至100户`: the old figure, then the new */
export const FROM_TO = /(?:由|从)\s*(\d+(?:\.\d+)?)\s*(万元|元|[^\d\s，,；;。到至增减提下降上]{0,3}?)\s*(?:增长|增加|提高|上升|减少|下降|降低)?(?:到|至)\s*(\d+(?:\.\d+)?)\s*(万元|元|[^\d\s，,；;。]{0,3})/;

/** 自评等级 / 评价结果 优/良/中/差 (the grade as written) */
export const GRADE = /(?:自评等级|评价等级|绩效等级|评定等级|自评结果|评价结果|评价结论|综合评价)(?:为|是|[:：])?\s*[“"「]?(优秀|优良|优|良好|良|中等|中|合格|差|不合格)(?:等级|等次|级)?(?![\u4e00-\u9fff])/g;
