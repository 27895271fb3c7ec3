/**
 * Every Chinese word and phrase the parser recognises, as data. Logic
 * modules import these; none of them spells a Chinese term itself.
 */

/** Cells or list items that stand for "no value": never read as zero. */
export const NULL_MARKERS = ['', '—', '——', '–', '-', '--', '－', '/', '／', '\\', '无', '空', 'N/A', 'n/a', 'NA', '…', '……', '..', '...', '*', '×'] as const;

/** Chinese numerals (digits and multipliers) for counts written as words: `二十四个`. */
export const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
export const CHINESE_MULTIPLIERS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
/** a count written in digits or Chinese numerals (used inside larger patterns) */
export const COUNT_NUMBER = '(\\d+|[零〇一二两三四五六七八九十百千]+)';

/** Money units as written, and the power of ten that takes each to 元. */
export const AMOUNT_UNITS = { 万元: 4, 元: 0 } as const;
/** an amount written in a sentence: `2735.649088万元`, `27,356,490.88元` */
export const AMOUNT_PATTERN = '(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*(万元|元)';

// ───────────── sections ─────────────

/**
 * Numbering styles of section headings, tried in this order on the start of
 * a paragraph (digits already half-width). The `style` names the style so
 * the tree can rank styles in the order a reader meets them.
 */
export const HEADING_NUMBERS: readonly { style: string; pattern: RegExp }[] = [
  { style: 'part', pattern: /^第[一二三四五六七八九十]+部分[、.:：\s]?/ },
  { style: 'cn-dun', pattern: /^[一二三四五六七八九十]+[、.．]/ },
  { style: 'cn-paren', pattern: /^[（(][一二三四五六七八九十]+[)）]/ },
  { style: 'arabic-paren', pattern: /^[（(]\d{1,2}[)）]/ },
  // `2.5万元` is a decimal, but `2.2022年…` is item 2 starting with a year
  { style: 'arabic-dot', pattern: /^\d{1,2}[.．](?:(?!\d)|(?=(?:19|20)\d{2}(?:\s*[-—－~至到]\s*(?:19|20)?\d{2})?\s*年))/ },
  { style: 'arabic-dun', pattern: /^\d{1,2}、/ },
  { style: 'circled', pattern: /^[①②③④⑤⑥⑦⑧⑨⑩]/ },
];
/** where a numbered paragraph's title ends (the rest is its body) */
export const HEADING_TITLE_END = /[。：:；;]/;
export const HEADING_TITLE_MAX = 60;

// ───────────── meta ─────────────

/** words that end a report title */
export const TITLE_ENDINGS = /(报告|自评表|评价表|评价|总结|情况|报告书)(\s*[（(][^）)]*[）)])?$/;
/** a title line is short and is not a sentence */
export const TITLE_MAX_CHARS = 60;
export const SENTENCE_PUNCTUATION = /[。；;，,]/;
/** the budget year: `2022年度`, `（2020 年度）`; else the first `2024年` that is not a date */
export const YEAR_OF_REPORT = /((?:19|20)\d{2})\s*年度/;
export const YEAR_PLAIN = /((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)/;

/**
 * Page furniture a published report sits in: breadcrumbs, the publishing
 * data block, page tools, a download or document-sharing site's chrome. A
 * line that matches is not the title and not a section.
 */
export const PAGE_FURNITURE: readonly RegExp[] = [
  // breadcrumbs: `您当前所在位置:首页>…`, `首页 > 正文`, `>> ... >> 绩效评估`
  /(?:当前|所在)的?位置|首页\s*>|>>|^\s*>|>\s*(?:正文|政务公开|信息公开)/,
  // the publishing data block, bracketed or labelled
  /^[[【]\s*(?:索引号|发布机构|发布日期|发布时间|成文日期|发文字号|文号|主题分类|体裁分类|有效性|时效性|来源|信息来源)\s*[\]】]/,
  /^(?:索引号|发布机构|发布日期|发布时间|成文日期|发文字号|文号|主题分类|体裁分类|有效性|时效性|来源|信息来源|浏览次数|访问次数|时间|作者)\s*[:：]/,
  /^(?:索引号|发布机构|发布日期|成文日期|发文字号|文号|主题分类|体裁分类|有效性|时效性)$/,
  // page tools and site chrome
  /字号\s*[:：【]|【\s*大\s*中\s*小\s*】|^(?:打印|关闭|分享|搜索|收藏|登录|注册|返回顶部)(?:\s*[|:：]|$)|^最新资讯$|^欢迎来到|^浏览记录$/,
  // a download or document-sharing site
  /由会员(?:上传)?分享|在线阅读|^资源(?:ID|大小|格式|描述)|^全文页数|^下载积分|^(?:快捷|会员登录|微信登录|三方登录)下载|^友情提示$|^微信扫一扫|^(?:ID|大小|页数)\s*[:：]|^文本内容\s*[:：]?$|_第\d+页$/,
];
/** a file name printed as a page's heading: `…自评表.docx` */
export const FILE_EXTENSION = /\.(?:docx?|wps|pdf|xlsx?)$/i;
/** the report heading lines are looked for among the first blocks only */
export const PREAMBLE_MAX_BLOCKS = 40;

/** a government body named in full: the anchor ends it, administrative units precede it */
export const GOVERNMENT_SUFFIXES = ['人民政府', '办事处'] as const;
/** the unit a township government names itself by */
export const TOWNSHIP_LEVELS = ['街道', '镇', '乡'] as const;
/** administrative levels above a township, lowest first (县/区/旗 are the county level) */
export const COUNTY_LEVELS = ['县', '区', '旗'] as const;
export const UPPER_LEVELS = ['市', '州', '盟', '省', '自治区'] as const;
/**
 * characters that never belong to a place name: reading backwards stops
 * here (organisation words too: `中共忠县县委组织部忠县财政局` names 忠县, not 委组织部忠县)
 */
export const NAME_STOP_CHARS = '的在将由为对向和与及是经据我本现于从至以把被给年度月日了等各全该其附件:：、，,。；;（）()《》“”"\'【】[]|/-—－ \t部委局厅组织室办';
/** words a place name never runs back into: `市县财政部门原州区` names 原州区 */
export const NAME_STOP_WORDS = ['人民政府', '办事处', '部门', '单位', '主管'] as const;
export const PLACE_NAME_MAX = 6;
/** a county's own name is this short unless a city or province precedes it (`自觉接受县…` is no county) */
export const COUNTY_NAME_MAX = 3;
/** a county named through its finance bureau: `根据满城区财政局…`, `南县财政局` */
export const COUNTY_OFFICES = ['财政局', '人民政府', '审计局'] as const;
/** an organisation's name ends with one of these (used on the title's lead) */
export const ORGANISATION_SUFFIXES = /(人民政府|办事处|委员会|宣传部|组织部|统战部|管理处|[部局委办院所站队团校处]|中心|学校|中学|小学|医院|政协)$/;
/** what may not open an organisation's name read from a clause (`根据…`, `对…`, a verb) */
export const ORGANISATION_BAD_START = /^(?:根据|按照|依据|为|对|经|由|在|向|从|关于|截至|截止|全年|本年|今年|我|其中|共|已)/;

/**
 * Labelled cells and lines that name the reporting unit, in order of
 * preference (the unit that carries out the work before the one above it):
 * `实施单位 | X`, `单位名称：X`, `单位(盖章)：X`, `部门：X` (not `主管部门`).
 */
const UNIT_LABELS = '(?:项目实施单位|实施单位|单位名称|填报单位|报送单位|项目单位|部门[(（]单位[)）]名称|部门名称|单位\\s*[(（]\\s*盖章\\s*[)）])';
/** a bare `部门` names the unit only as a label of its own: a cell, or `部门：` where no word runs into it */
const BARE_DEPARTMENT = '(?<![\\p{Script=Han}])部门';
export const UNIT_LABEL_ALONE = new RegExp(`^(?:${UNIT_LABELS}|部门)\\s*(?:[(（]盖章[)）])?\\s*[:：|]?\\s*$`, 'u');
export const UNIT_LABEL_INLINE = new RegExp(
  `(?:${UNIT_LABELS}\\s*(?:[(（]盖章[)）])?(?:\\s*[:：]\\s*|\\s+)|${BARE_DEPARTMENT}\\s*[:：]\\s*)(?:[0-9A-Za-z]+-)?([^\\s|:：]{2,40})`,
  'gu',
);
/** labels of a form's other cells, which a glued value runs into: `襄阳市中心医院填报日期` */
export const NEIGHBOUR_LABELS = /(?:填报日期|上报时间|评价时间|项目名称|主管部门|实施单位|项目负责人|联系电话|联系人|地址|项目类别|项目属性|评价类型|组织方式|资金情况|项目资金|预算执行|单位名称)/;
/** the publisher a page names: `来源:市文化和广电旅游体育局`, `发布机构 丰都县江池镇人民政府` */
export const PUBLISHER_LABEL = /(?:来源|发布机构|信息来源)\s*[\]】]?\s*[:：]?\s*([^\s:：|\][]{3,30})/;
/** a form filled in after its budget year: `填报日期：2022年2月3日` dates the 2021 report */
export const FILLED_IN_DATE = /(?:填报日期|上报时间|填报时间)\s*[:：]?\s*((?:19|20)\d{2})\s*年/;

/** what kind of report: the words that tell */
export const KIND_WORDS = {
  projectForm: /(项目支出绩效自评表|绩效自评表|绩效目标自评表|一级指标|三级指标)/,
  indicatorHeader: /(一级指标|二级指标|三级指标)/,
  /** a form for a department or unit as a whole */
  departmentForm: /(?:部门|单位)整体(?:支出)?绩效(?:评价)?自评表|整体支出绩效(?:评价)?(?:自评)?表/,
  /** a report's own title (or the sentence that names the report: `现将…自评报告如下`) */
  reportTitle: /(报告|总结|评价)(?:\s*[（(][^）)]*[）)])?$/,
  overall: /(整体|部门|总结|总体)/,
} as const;
/** the opening says who evaluated: `******街道对2025年…开展自评` */
export const SELF_EVALUATOR = /^(.{2,30}?)对.{2,80}?开展(?:了)?(?:绩效)?自评/;

// ───────────── claims ─────────────

/** a clause is delimited by these */
export const CLAUSE_BREAK = /[，,；;。！!？?]/;
export const SENTENCE_BREAK = /[。；;！!？?]/;

/**
 * Declared project counts. `N` stands for a count. A count is declared when
 * it states how many projects there are in all (`预算项目24个`, `共6个项目`,
 * `资金共分为10个项目`, `10个项目均完工`), not when it counts a subset
 * (`其中3个项目`, `达到100%的项目有14个`).
 */
export const PROJECT_COUNT_PATTERNS: readonly RegExp[] = [
  // 项目24个 / 项目共4个 / 项目总数为6个 (not after 的 unless 共…: `的项目有14个` is a subset)
  /(?<!的)项目(?:数量|总数|个数)?(?:为|是)?N个/,
  /项目(?:共有|共计|共|合计|总计|总数为|总数是|总数|数量为|数量共)(?:为|是)?N个/,
  // 共6个项目 / 资金共分为10个项目 / 决定建设6个项目 / 分解10个项目
  /(?:共有|共计|共|合计|总计|分为|分解为|分解|建设|实施|安排|涉及|包括|包含|开展|申报|下达|设立)N个(?:预算|专项|重点|建设)?项目/,
  // 10个项目均完工 / 24个项目全部
  /(?<!其中|剩余|另|有)N个(?:预算|专项|重点|建设)?项目(?:均|全部|都)/,
  // A、B、C等5个项目: the list closes with the count of all it stands for
  /等N个(?:预算|专项|重点|建设)?项目/,
];

/** a parenthesis opening with these qualifies the count before it: `共15个(含结转项目5个)` */
export const SUBSET_PARENTHESIS = /^\s*(?:含|其中|包含|包括|内含|另含)/;
/** words just before a count that make it a subset (`完成项目3个`, `其中在建项目2个`), not the whole */
export const SUBSET_COUNT_LEAD = /(其中|完成|未完成|已|未|开工|竣工|在建|续建|新建|新增|验收|启动|延期|结转|调整|剩余|另有|另|(?<!共)有|达到|低于|高于|以上|以下)[^，,；;。]{0,4}$/;
/**
 * A clause that is nothing but a count of completed projects (`完成年度建设项目1个`,
 * `本年度已完成项目3个`): the whole clause before the count's words, so
 * `其中完成…` or `未完成…` are never it.
 */
export const COMPLETED_COUNT_LEAD = /^\s*(?:(?:19|20)\d{2}\s*年度?|本年度?|全年|当年)?\s*(?:已|共|累计)?完成(?:了)?(?:年度|全年|本年度?|当年)?(?:建设|实施)?$/;

/**
 * Declared totals: an amount right after one of these cues in the same
 * clause, with no other amount between. Amounts after 其中 are parts, not
 * totals; executed or paid figures are not the budget total.
 */
export const TOTAL_AMOUNT_CUES: readonly RegExp[] = [
  /涉及(?:资金|金额)(?:共|共计|总计|合计)?(?:为|是)?$/,
  /(?:资金总额|总金额|总资金|总投资|资金总计)(?:为|是|共)?[:：]?$/,
  /(?:共计|合计|总计|共)(?:为|是)?$/,
  /下达[^，,；;。\d]{0,16}?资金[^，,；;。\d]{0,10}$/,
  // `上级资金共下达105万元`: what was issued in all
  /(?:共计|合计|总计|共)下达(?:了)?$/,
  // `安排项目资金56万元`; a bare `安排经费12万元` is one project's own amount
  /安排(?:项目|专项)(?:资金|经费)(?:共|共计)?$/,
  /安排[^，,；;。\d]{0,10}?(?:资金|经费)(?:共|共计)$/,
  /申请[^，,；;。\d]{0,10}?(?:资金|经费)(?:共|共计)?$/,
  /获得[^，,；;。\d]{0,16}?(?:资金|经费)(?:共|共计)?$/,
  // what the whole needs (`共需资金8144万元`) and the year's final budget (`全年(调整)预算数3587.78万元`)
  /共需要?(?:资金|经费|投资)(?:共|共计)?(?:为|是)?$/,
  /(?:全年(?:\(调整\))?|调整后)预算数?(?:为|是)?$/,
];
/**
 * A lead-in that makes an amount something other than the declared budget.
 * The appropriation a unit received (`财政拨款收入合计2024.05万元`) is the
 * year's money in all; other income (`可实现总收入15万元`, revenue a town
 * collects: `一般公共预算收入`) is a result.
 */
export const NOT_TOTAL_LEAD = /(其中|完成|执行|支出|(?<!转移)支付|拨付|结余|结转|到位|节约|剩余|(?<!财政拨款|财政补助)收入|成本|≤|≥|<|>|以内|以上)/;

/** `自评得分为90分`, `自评总分90分`, `综合评分为95分` */
export const SELF_SCORE_PATTERNS: readonly RegExp[] = [
  /自评(?:总)?(?:得分|分数|总分|评分)(?:为|是|:|：)?\s*(\d+(?:\.\d+)?)\s*分?/,
  /(?:综合|总体|整体)(?:自评)?(?:得分|评分)(?:为|是|:|：)?\s*(\d+(?:\.\d+)?)\s*分/,
];

/**
 * One level of a completion distribution. `达到100%的项目有14个` (exact),
 * `在50%的项目有4个` (at least), `工作未开展的项目有5个` (not started).
 */
export const DISTRIBUTION_LEVEL = /(达到|为|在|达|是)?\s*(\d+(?:\.\d+)?)\s*%\s*(以上|及以上)?(?:的|之间的)?(?:预算)?项目(?:有|共|共有|为)?\s*N\s*个/g;
export const DISTRIBUTION_NOT_STARTED = /(?:工作|项目)?(?:未开展|未启动|未实施|尚未开展|未完成)(?:工作)?的(?:预算)?项目(?:有|共|共有|为)?\s*N\s*个/g;
/**
 * A count at a rate followed by the rest named one by one:
 * `其中3个项目资金执行100%,剩余A资金执行99.97%;B99.89%,…` — the words
 * 剩余/其余 say the list covers every remaining project.
 */
export const COUNTED_RATE = /N个(?:预算)?项目(?:资金)?(?:执行|完成|实现)(?:率|程度)?(?:为|达到|达)?\s*(\d+(?:\.\d+)?)\s*%/g;
export const REMAINDER_OPENER = /^(?:剩余|其余|剩下)(?:的)?(?:项目)?[:：]?/;
export const NAMED_RATE = /^(.+?)(?:资金)?(?:执行|完成|实现)?(?:率|程度)?(?:为|达到|达)?\s*(\d+(?:\.\d+)?)\s*%$/;

/** `达到`/`为` (or no word: `完成率100%的项目`) state an exact level; `在` and `以上` an open one */
export const EXACT_LEVEL_WORDS = ['达到', '为', '达', '是'] as const;

/** `其中` opens the parts of a whole; `为` itemises an amount; `等` leaves the list open */
export const BREAKDOWN_OPENER = /^[,，;；。:：\s]*其中[:：]?/;
export const ITEMISATION_OPENER = /^[,，:：\s]*(?:为|包括|分别为)[:：]?/;
export const OPEN_ENDED = /^\s*等/;
/**
 * A clause that leaves the breakdown for another topic: a new numbered point,
 * a time or discourse lead (`目前`, `截至`, `此外`), or a state of the money
 * rather than a share of it (`已拨付`, `实际支出`). The parts end before it:
 * `303万元，其中项目管理费3万元，目前项目资金已拨付270万元` has one part.
 */
export const BREAKDOWN_LEAVES = [
  /^\s*(?:目前|截至|截止|当前|至今|现已|同时|此外|另外|以上|上述|通过|按照|根据)/,
  /已(?:经)?(?:拨付|支付|执行|完成|到位|使用|支出)|(?:实际|累计)(?:支出|支付|拨付|执行|完成)|执行率|完成率|到位率/,
] as const;
/** a numbered point: it ends a breakdown, unless the breakdown's own parts are numbered (`其中：1、A…；2、B…`) */
export const BREAKDOWN_NEW_POINT = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.．](?!\d))/;

/** first cells of a table row that make it a total, not a project */
export const TOTAL_ROW = /^(合计|总计|合\s*计|总\s*计|总额|资金总额|全部合计)/;
export const SUBTOTAL_ROW = /^(小计|小\s*计)/;

// ───────────── project tables ─────────────

/**
 * Header synonyms per column role, tried in this order (a header naming a
 * rate is a completion column even when it also says 资金).
 */
export const HEADER_ROLES: readonly { role: 'index' | 'completion' | 'score' | 'name' | 'amount' | 'department'; pattern: RegExp }[] = [
  { role: 'index', pattern: /^(序号|编号|序)$/ },
  { role: 'completion', pattern: /(实现程度|完成率|完成程度|执行率|完成进度|实施进度|完成比例)/ },
  { role: 'score', pattern: /(自评得分|得分|评分|自评分)/ },
  { role: 'name', pattern: /^(项目名称|项目|项目内容|资金项目|项目明细|名称)$/ },
  { role: 'amount', pattern: /(资金数额|金额|预算数|预算资金|安排资金|资金|预算|投资额|投资)/ },
  { role: 'department', pattern: /(部门名称|部门|实施单位|单位名称|单位|责任单位)/ },
];
/** a header's unit, from `（万元）`, `(元)`, `（%）`, `（分）` */
export const HEADER_UNITS: readonly { unit: '万元' | '元' | '%' | '分'; pattern: RegExp }[] = [
  { unit: '万元', pattern: /万元/ },
  { unit: '元', pattern: /[（(]\s*元\s*[)）]|单位[:：]\s*元/ },
  { unit: '%', pattern: /%|％|百分比/ },
  { unit: '分', pattern: /[（(]\s*分\s*[)）]/ },
];
/** a caption line that states the unit of a table: `单位：万元` */
export const CAPTION_UNIT = /单位[:：]\s*(万元|元)/;
/** the words of single-project forms: their tables list indicators or funds, not projects */
export const FORM_TABLE_WORDS = /^(一级指标|二级指标|三级指标|年度指标值|指标值)$/;

// ───────────── prose projects ─────────────

/** words that announce a list of projects */
export const PROSE_LIST_INTRO = /(具体情况如下|具体如下|情况如下|分别为|分别是|如下[:：])/;
/** `分别为A、B、C`: the list after a count of projects */
export const NAMED_LIST = /项目[^。；;]{0,6}?[,，]?\s*分别(?:为|是)[:：]?/;
/** a numbered item titled like a report topic (`资金投入情况`, `偏差原因分析`) is a section, not a project */
export const TOPIC_TITLE = /(情况|分析|说明|措施|问题|建议|结论|概况|简介|总结|原因|成效|经验|做法)$/;

/** the amount cue of a project paragraph: `安排经费12万元` */
export const PROSE_AMOUNT_CUE = /(安排|下达|预算|资金|经费|金额|投入|投资|拨付)[^，,；;。\d]{0,8}$/;
/** names in a `、` list end with one of these; a part without it continues into the next */
export const PROJECT_NAME_ENDINGS = /(项目|工程|专项|经费|资金|补助|补贴|建设|费|款|\))$|）$/;

// ───────────── name keys ─────────────

/** years and year ranges in names: `2022年`, `2019-2020年`, `2023年度` */
export const NAME_YEARS = /(?:19|20)\d{2}(?:\s*[-—－~至到]\s*(?:19|20)?\d{2})?\s*年度?/g;
/** short bracketed tags: `[综]` `（预）` `【追】` */
export const NAME_TAGS = /[[【〔（(][^\]】〕）)]{1,2}[\]】〕）)]/g;
export const NAME_KEY_SEPARATOR = ' ';
