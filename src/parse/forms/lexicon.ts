/**
 * The words of a self-evaluation form (项目支出 / 部门整体支出绩效自评表), as
 * data: header labels, funds-row labels, indicator levels and the stop words
 * that end a block. Patterns are matched against a label key (see
 * `label-key.ts`: half width, no spaces, simplified characters).
 */
import type { FundsRole } from '../../model.js';

/** A funds column header → the field it fills; the first pattern that matches wins. */
export const FUNDS_COLUMNS: readonly (readonly [RegExp, FundsField | 'other'])[] = [
  [/^得分计算方法|^计算方法|原因|说明/, 'other'],
  [/^年初预算数?/, 'initial'],
  [/^全年预算数?|^调整后预算数?|^预算数/, 'adjusted'],
  [/^预算执行率|^执行率/, 'rate'],
  [/^全年执行数?|^预算执行数|^执行数|^实际执行数/, 'executed'],
  [/^分值|^权重/, 'weight'],
  [/^得分/, 'score'],
];
export type FundsField = 'initial' | 'adjusted' | 'executed' | 'weight' | 'rate' | 'score';

/** The label of a funds row → its role; tried in order. */
export const FUNDS_ROWS: readonly (readonly [RegExp, FundsRole])[] = [
  [/^年度(财政)?资金总额|^年度财政资金总额|^总额$|^资金总额/, 'total'],
  [/上年结转/, 'carryover'],
  [/^(其中:?)?基本支出/, 'basic'],
  [/^(其中:?)?项目支出/, 'project'],
  [/^(其中:?)?其他资金$|^(其中:?)?单位资金$|^(其中:?)?自有资金$/, 'other-income'],
  [/财政拨款|财政资金|公共预算拨款|财政补助|中央.{0,4}补助|自治区补助|省级补助|市级补助|县级资金|市县资金/, 'fiscal'],
  [/^(其中:?)?财政专户管理资金$|^(其中:?)?其他$/, 'other'],
];

/**
 * A 项目基本信息 table fused into one run (`计划投资额(万元)110.00实际到位资金(万元)84.74实际使用情况(万元)84.74`):
 * its column labels → the field each fills (null: a column the form has no field for, kept only to count columns).
 */
export const FUSED_FUNDS_COLUMNS: readonly (readonly [RegExp, FundsField | null])[] = [
  [/^计划投资(额|金额)?/, 'initial'],
  [/^实际到位(资金|金额)?/, null],
  [/^实际使用(情况|资金|金额)?/, 'executed'],
];
/** The sources that table breaks its columns into, each label written once per column (`市县财政预算110.00市县财政预算84.74…`). */
export const FUSED_FUNDS_SOURCES: readonly (readonly [RegExp, FundsRole])[] = [
  [/^(中央|省级?|市县|市级?|县级?)财政(预算|资金|补助|拨款)?/, 'fiscal'],
  [/^地方(政府)?债券资金/, 'other-income'],
  [/^(单位)?自筹资金|^其他资金/, 'other-income'],
];

/**
 * A 项目绩效目标表 fused into one run: its header ends in the grades of its standards columns
 * (`…绩效目标绩效标准优良中差`), and each row is a name, a target and one standard per grade.
 */
export const GRADED_TARGETS_HEADER = /绩效标准:?([优良中差]{3,4})/;
/** 一级指标 names as they appear inside a fused run. */
export const FUSED_LEVEL1 = /产出指标|成效指标|效率指标|效益指标|效果指标|满意度指标/g;
/** Where a fused 目标表 run ends: a page number (`-15-`), a numbered section (`一、`) or the next table's title. */
export const FUSED_RUN_END = /-\d+-|[一二三四五六七八九十]+、|项目基本信息|绩效评价指标评分/;
/** A graded standard that is a figure: `600万`, `80%-100%`, `<50%`. */
export const STANDARD_FIGURE = /^[<>≤≥]?\d+(?:\.\d+)?(?:%|万株|万元|万|株|亩|个|人|天|公里)?(?:-\d+(?:\.\d+)?(?:%|万株|万元|万|株|亩|个|人|天|公里)?)?/;
/** A graded standard that is a word: `较好`, `一般`, `按时完成`, `延期15-30天`. */
export const STANDARD_WORD = /^(?:较好|较差|一般|优秀|良好|好|差|优|良|按时完成|提前完成|延期\d+(?:-\d+)?天(?:以内|以上)?)/;

/** Department forms group their funds rows under these headings; they are not rows themselves. */
export const FUNDS_GROUP_HEADINGS = /^按收入性质分|^按支出性质分|^资金来源$/;
/** A heading written in the same cell as its group's first row (`按支出性质分：基本支出`): the row is the label after it. */
export const FUNDS_GROUP_PREFIX = /^(按收入性质分|按支出性质分):?(?=.)/;

/** Indicator column headers → field; tried in order. */
export const INDICATOR_COLUMNS: readonly (readonly [RegExp, IndicatorField])[] = [
  [/^序号$/, 'index'],
  [/^一级指标/, 'level1'],
  [/^二级指标/, 'level2'],
  [/^三级指标/, 'name'],
  [/^指标性质/, 'nature'],
  [/^度量单位|^计量单位/, 'unit'],
  [/^年度指标值|^年初目标值|^年度目标值|^指标值|^目标值/, 'target'],
  [/^实际完成值|^全年实际值|^全年完成值|^完成值|^实际值/, 'actual'],
  [/^指标分值|^分值|^权重/, 'weight'],
  [/^得分计算方法|^指标解释|^指标说明|^评分标准|^得分计算$/, 'other'],
  [/^自评得分|^得分/, 'score'],
  [/^.{0,6}原因|^改进措施/, 'note'],
];
export type IndicatorField = 'index' | 'level1' | 'level2' | 'name' | 'nature' | 'unit' | 'target' | 'actual' | 'weight' | 'score' | 'note' | 'other';

/** The 年度指标值 header spans the 指标性质 / 指标值 / 度量单位 sub-headers when a form has them. */
export const TARGET_SUBFIELDS: readonly IndicatorField[] = ['nature', 'target', 'unit'];

/** 一级指标 names (the key, group weight stripped). */
export const LEVEL1 = /^(产出指标|效益指标|满意度指标|成效指标|效率指标|效果指标|决策|过程|产出|效益|规划|执行|绩效|管理)$/;
/** 二级指标 names. */
export const LEVEL2 = /^(数量指标|质量指标|时效指标|成本指标|经济效益指标|社会效益指标|生态效益指标|可持续影响指标|服务对象满意度指标|满意度指标|经济效益|社会效益|生态效益|可持续影响|服务对象满意度)等?$/;
/** The usual level names in full, to know one the excerpt cut short (`满意`). */
export const LEVEL_NAMES: readonly string[] = ['产出指标', '效益指标', '满意度指标', '数量指标', '质量指标', '时效指标', '成本指标', '经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标', '服务对象满意度指标'];
/** level names that only count as a level in a score sheet (部门整体 评价表), where each carries its weight: `规划 (15分)` */
export const WEIGHTED_ONLY_LEVEL1 = /^(决策|过程|产出|效益|规划|执行|绩效|管理)$/;

/** A weight written after a group name: `(50分)`. */
export const GROUP_WEIGHT = /[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]/;

/** Cells that hold a row place but no indicator: `指标2：`, `……`, `/`. */
export const PLACEHOLDER = /^(指标\d+[:：]?|[…．.。·]+|[/／\\]+|--+|—+)$/;

/** Words that end the indicator block. */
export const INDICATOR_STOP = /^(总分|合计|其他需要说明事项|评价结论|存在问题|改进措施|偏差大或|说明|填表人|项目负责人|财务负责人|单位负责人|项目名称|自评结论|备注)/;
/** 总分 / 合计 rows carry the total weight and score. */
export const TOTAL_LABEL = /^(总分|合计)$/;

/** Header fields of a form: the label key → field. The value is the next cell (or the text after a colon). */
export const HEADER_FIELDS: readonly (readonly [RegExp, HeaderField])[] = [
  [/^(专项\(项目\)|项目)名称$/, 'projectName'],
  [/^(县级|市级|市县|自治区|省级)?主管部门(及代码)?$/, 'department'],
  [/^部门\(单位\)名称$|^部门名称$/, 'department'],
  [/^(项目)?实施单位(\(盖章\))?$|^项目单位$/, 'implementer'],
  [/^单位名称$|^单位\(盖章\)$|^填报单位$/, 'unit'],
];
export type HeaderField = 'projectName' | 'department' | 'implementer' | 'unit';

/** Labels that may be glued to a neighbour in flattened or OCR text, split off wherever they appear. */
export const STRUCTURAL_LABELS: readonly string[] = [
  '项目支出绩效自评表', '部门整体支出绩效自评表', '项目名称', '项目实施单位', '实施单位', '主管部门及代码', '主管部门', '填报日期',
  '项目类别', '项目属性', '项目类型', '项目单位', '评价时间', '评价类型', '组织方式', '专项实施期', '市县财政部门', '市县主管部门', '自治区主管部门', '单位名称', '项目负责人及电话', '项目负责人',
  '项目资金', '年初预算数', '全年预算数', '调整后预算数', '全年执行数', '预算执行数', '预算执行率', '全年执行', '预算数', '执行数',
  '年度资金总额', '年度财政资金总额',
  '其中:当年财政拨款', '其中:本年财政拨款', '上年结转资金', '其他资金', '中央补助', '自治区补助', '省级补助', '市县资金',
  // the longer labels whole, so a clean `自治区补助资金` is never cut in two
  '中央补助资金', '自治区补助资金', '省级补助资金', '中央补助经费', '自治区补助经费', '省级补助经费', '年度总体目标', '预期目标', '实际完成情况',
  '绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '偏差原因分析及改进措施',
  '产出指标', '效益指标', '满意度指标', '数量指标', '质量指标', '时效指标', '成本指标', '经济效益指标', '社会效益指标',
  '生态效益指标', '可持续影响指标', '服务对象满意度指标', '总分', '分值', '执行率', '得分计算方法', '得分计算', '自评得分', '得分', '全年实际值',
];

/** Goals: 年度总体目标's two headers. */
export const GOAL_PLANNED = /^(预期目标|年初设定目标|年度目标)$/;
export const GOAL_ACHIEVED = /^(实际完成情况|全年实际完成情况|年度总体目标完成情况(综述)?|目标完成情况)$/;

/** A department form says so in its title, or has 基本支出 / 项目支出 rows. */
export const DEPARTMENT_TITLE = /部门整体支出|部门整体绩效|整体支出绩效/;

/** The funds block's unit, written in its label: `项目资金（万元）`. */
export const FUNDS_UNIT = /[(（]\s*(万元|元)\s*[)）]/;

/** Operators of a target (`≥`, `≦`, `﹦`, `═`). */
export const TARGET_NATURE = /^(=|＝|﹦|═|≥|≧|>=|≤|≦|<=|>|<|≈|定性|定量)$/;
/** Short units a 度量单位 cell holds. */
export const MEASURE_UNIT = /^(%|‰|万元|元|亿元|个|人|人次|户|次|项|件|台|套|座|所|间|名|只|头|株|粒|米|公里|千米|km|m|㎡|平方米|亩|吨|天|日|月|年|分|家|期|场|篇|批|条|处|万人次)$/;

/** Leading codes of a unit's name (`219001-`): not part of the name. */
export const UNIT_CODE_PREFIX = /^\d+[-—－]/;

/** A handful of Traditional characters forms use, to read their labels (the values are kept as written): each character of
 * `TRADITIONAL_CHARS` reads as the one at the same place in `SIMPLIFIED_CHARS`. */
export const TRADITIONAL_CHARS = '項資額預數執績標級產滿質時實際經濟會態續響對務總體門單當財撥結轉萬稱規劃計區値評價進施偏差們與別類負責電話營運達較係統發護現況說問題採應効開議個覽專導圍內優約錢種證並據處';
export const SIMPLIFIED_CHARS = '项资额预数执绩标级产满质时实际经济会态续响对务总体门单当财拨结转万称规划计区值评价进施偏差们与别类负责电话营运达较系统发护现况说问题采应效开议个览专导围内优约钱种证并据处';

/** Headings of a form's parts that are labels, not values. */
export const SECTION_LABELS = /^(项目资金(\((万元|元)\))?|资金情况(\((万元|元)\))?|年度总体目标|绩效指标|项目支出绩效自评表|部门整体支出绩效自评表|填报日期|项目类别|项目属性|项目类型|评价时间|评价类型|组织方式|专项实施期|市县财政部门|项目负责人(及电话)?|联系电话|偏差原因分析及改进措施|未完成原因(分析)?|未完成原因(分析)?及.{0,6}改进措施|得分计算方法)$/;

/** Written results a fused OCR indicator row may hold as its target or actual (`…8是基本达到7`). */
export const FUSED_TEXT_VALUES: readonly string[] = ['是', '否', '合格', '不合格', '达标', '未达标', '达到', '基本达到', '未达到', '完成', '已完成', '未完成', '良好', '有效'];
/** Operators OCR keeps in front of a fused target (`≥90%`). */
export const FUSED_OPERATORS = /^(≥|≤|≧|≦|>=|<=|>|<|=)/;
/** A multiplier written before a counting unit (`550万粒`, `5亿元`). */
export const UNIT_MULTIPLIER = /^(万|亿|千|百)/;
/** A row placeholder inside fused text (`指标2:`): an empty template row. */
export const FUSED_PLACEHOLDER = /指标\d+[:：]/g;
/** A total stated beside the title (`项目总得分99分`, `自评总得分：90分`). */
export const STATED_TOTAL_SCORE = /总得分[:：]?(\d+(?:\.\d+)?)分/;
