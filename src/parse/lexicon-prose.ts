/**
 * Words of projects listed inline in a sentence (`包括A40万元,B7万元等5个项目`,
 * `开展了A、B、C等102个项目`, `项目为一个：A`), and of a single-project
 * report's own project (in its title, a label, or named in its prose), as data.
 */
import { COUNT_NUMBER } from './lexicon.js';

/** `…等5个项目` closes an inline list and declares how many projects it stands for */
export const LIST_CLOSING_COUNT = new RegExp(`等\\s*${COUNT_NUMBER}\\s*个(?:预算|专项|重点|建设)?项目`);
/** a count followed by a colon opens a list of the projects it counts: `项目为一个：A` */
export const COUNT_THEN_COLON = new RegExp(`(?:项目(?:共有|共计|共|为|是|有)?\\s*${COUNT_NUMBER}\\s*个|${COUNT_NUMBER}\\s*个(?:预算|专项|重点|建设)?项目)\\s*(?:,|，)?\\s*(?:分别)?(?:为|是)?[:：]`);
/** the verb or word an inline list starts after, most specific first (a generic 有 inside a name such as 有害 is never one) */
export const LIST_OPENERS: readonly RegExp[] = [
  /(?:包括|包含|分别为|分别是|主要有|主要为|主要包括)[:：]?/,
  /(?:开展了|实施了|建设了|安排了|完成了|开展|实施|安排)/,
  /[:：]/,
];

/** a single-project report names its project in the title: `…XX项目（支出）绩效自评报告` */
export const PROJECT_REPORT_TITLE = /^(.*?项目)(?:支出)?(?:资金)?绩效(?:自评|评价|自我评价)(?:总结)?报告$/;
/** or in a label: `项目名称：XX` */
export const PROJECT_NAME_LABEL = /^\s*项目名称\s*[:：]\s*(\S.{1,60}?)\s*$/;
/**
 * A title naming a funding stream, not one project (`衔接资金项目`, `转移支付项目`,
 * `项目支出`): such a report covers the projects the stream paid for.
 */
export const FUNDING_STREAM_NAME = /^(?:.*(?:衔接资金|转移支付|专项资金|财政资金|涉农资金|整合资金|资金)|部门|整体|单位|年度)?项目$/;
/** a report's money spent on one named project: `共下达105万元,用于实施XX项目。` */
export const USED_FOR_PROJECT = /(?<![\d.,])(\d+(?:\.\d+)?)\s*(万元|元)\s*[,，]?\s*(?:主要|全部)?用于(?:实施|建设)?([^，,；;。:：]{2,40}?项目)(?=[。；;，,]|$)/g;
/**
 * a fund that is one named project: `转移支付资金即XX项目(普惠)` (a short tag in
 * parentheses belongs to the name); `资金即时拨付` says when, not what
 */
export const FUND_IS_PROJECT = /资金即(?:为|是)?(?![时将可刻使便])\s*([^，,；;。:：《》]{2,60}?项目(?:[(（][^()（）]{1,8}[)）])?)/g;
/** a named project as the subject of its own description: `XX项目建设内容：`, `XX项目绩效目标：` (the name opens its clause) */
export const PROJECT_DESCRIBED = /(?:^|[，,；;。])\s*([^，,；;。:：《》()（）]{2,40}?项目)(?:的)?(?:建设内容|实施内容|主要内容|建设规模|建设任务|绩效目标)\s*(?:为|是)?\s*[:：]/g;
/** a numbered paragraph's lead clause that names a project: `1.2021年第一批…养殖基地建设项目,…` */
export const PROJECT_LEAD_NAME = /项目$/;
/** what a project's name never opens with: a pointer to a project named elsewhere (`本项目`), a verb, a heading number */
export const NOT_NAME_START = /^(?:本|该|此|上述|各|其|用于|为|是|指|[一二三四五六七八九十\d]+[、.．])/;
/** leading words of a title before the project's own name: the organisation, the year, `关于` */
export const TITLE_LEAD = /^(?:.*?(?:19|20)\d{2}\s*年度?)|^关于/;
/** a budget figure that is the year's final one (preferred when the text gives several) */
export const FINAL_BUDGET_WORDS = /(调整后|全年|调整)/;
/**
 * A numbered item inside running text naming a project and its budget:
 * `1、烈士纪念设施维修项目:预算35. 3万元` (the number may follow other words
 * on the line, as when a page is flattened). Groups: ordinal, name, amount, unit.
 */
export const INLINE_NUMBERED_ITEM = /(?<![\d.])(\d{1,2})\s*[、.]\s*([^，,。；;:：、]{2,40}?(?:项目|工程|专项))\s*[:：]\s*(?:项目)?(?:预算|安排|资金|经费|金额)[^，,。；;\d]{0,6}?\s*(\d+(?:\.\s?\d+)?)\s*(万元|元)/g;
/** `一是…需资金277万元`: ordinal words of a run of items, one per paragraph */
export const ORDINAL_WORD_ITEM = /^\s*([一二三四五六七八九十]+)是\s*/;
/** what is left of an item's lead once its name is taken: `，需资金`, `安排` */
export const AMOUNT_LEAD_WORDS = /^(?:共|共计|需要?|安排|投入|计划)?(?:资金|经费|投资)?(?:共|共计|为)?$/;
