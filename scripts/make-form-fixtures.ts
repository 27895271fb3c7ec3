/**
 * Renders the self-evaluation form fixtures (fixtures/forms/): one clean
 * 项目支出绩效自评表 and one clean 部门整体支出绩效自评表 in every layout real
 * forms come in (a Word table with the 一级指标 cell merged down and header
 * cells merged across; text with one cell per line, tab-prefixed or not; one
 * row per line joined by spaces; the whole form on one line; pipe rows; one
 * cell per line ending in ` |`), and one form per form rule with exactly that
 * rule's contradiction planted. Deterministic: fixed dates and zip
 * timestamps, so re-running gives the same bytes.
 *
 *   npm run fixtures:forms
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { readZipDirectory, readZipEntry, writeZip } from '../src/ingest/zip-entries.js';

const OUT = join(import.meta.dirname, '..', 'fixtures', 'forms');
const FIXED_DATE = '2023-03-01T00:00:00Z';
const AUTHOR = 'jixiao fixtures';
/** the grid is the national template's: a label column, then eight */
const WIDTH = 9;

// ───────────── a form as plain data ─────────────

type Cell = string | null;

export interface FundsLine {
  label: string;
  /** 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分 as written; null = blank */
  cells: [Cell, Cell, Cell, Cell, Cell, Cell];
}

export interface IndicatorLine {
  level2: string;
  name: string;
  target: string;
  actual: string;
  weight: Cell;
  score: Cell;
  note?: string;
}

export interface IndicatorGroupSpec {
  /** 一级指标 as written, with its stated weight (`产出指标（50分）`) */
  level1: string;
  lines: IndicatorLine[];
}

export interface FormSpec {
  kind: 'project' | 'department';
  year: number;
  projectName: string;
  department: string;
  implementer: string;
  funds: FundsLine[];
  goals: [planned: string, achieved: string];
  groups: IndicatorGroupSpec[];
  total: [weight: string, score: string];
  /** prose before the form (a short report with the form attached) */
  prose?: string[];
}

function projectForm(): FormSpec {
  return {
    kind: 'project',
    year: 2022,
    projectName: '农村公路提档升级项目',
    department: '青山县交通运输局',
    implementer: '青山县农村公路管理所',
    funds: [
      { label: '年度资金总额', cells: ['50', '50', '48', '10', '96%', '9.6'] },
      { label: '其中：当年财政拨款', cells: ['50', '50', '48', null, null, null] },
      { label: '上年结转资金', cells: [null, null, null, null, null, null] },
      { label: '其他资金', cells: [null, null, null, null, null, null] },
    ],
    goals: ['完成5公里农村公路提档升级，改善3个村群众出行条件。', '完成5.2公里农村公路提档升级，3个村群众出行条件明显改善。'],
    groups: [
      {
        level1: '产出指标（50分）',
        lines: [
          { level2: '数量指标', name: '新建道路长度', target: '≥5公里', actual: '5.2公里', weight: '10', score: '10' },
          { level2: '数量指标', name: '受益村数', target: '=3个', actual: '3个', weight: '10', score: '10' },
          { level2: '质量指标', name: '工程验收合格率', target: '100%', actual: '100%', weight: '10', score: '10' },
          { level2: '时效指标', name: '项目完工及时率', target: '≥95%', actual: '92%', weight: '10', score: '8', note: '雨季影响工期，已督促整改' },
          { level2: '成本指标', name: '项目总成本', target: '≤50万元', actual: '48万元', weight: '10', score: '10' },
        ],
      },
      {
        level1: '效益指标（30分）',
        lines: [
          { level2: '社会效益指标', name: '群众出行条件', target: '明显改善', actual: '明显改善', weight: '15', score: '15' },
          { level2: '可持续影响指标', name: '设施使用年限', target: '≥10年', actual: '10年', weight: '15', score: '15' },
        ],
      },
      {
        level1: '满意度指标（10分）',
        lines: [{ level2: '服务对象满意度指标', name: '群众满意度', target: '≥90%', actual: '96%', weight: '10', score: '10' }],
      },
    ],
    total: ['100', '97.6'],
  };
}

function departmentForm(): FormSpec {
  return {
    kind: 'department',
    year: 2022,
    projectName: '',
    department: '青山县白云镇人民政府',
    implementer: '青山县白云镇人民政府',
    funds: [
      { label: '年度资金总额', cells: ['1172.55', '1200', '1150.8', '10', '95.9%', '9.59'] },
      { label: '按收入性质分：财政拨款', cells: ['1100', '1120', '1080.8', null, null, null] },
      { label: '上年结转资金', cells: ['72.55', '80', '70', null, null, null] },
      { label: '其他资金', cells: [null, null, null, null, null, null] },
      { label: '按支出性质分：基本支出', cells: ['900', '920', '905.3', null, null, null] },
      { label: '项目支出', cells: ['272.55', '280', '245.5', null, null, null] },
    ],
    goals: ['保障机构正常运转，完成年度重点工作任务。', '机构运转正常，年度重点工作任务全部完成。'],
    groups: [
      {
        level1: '产出指标（40分）',
        lines: [
          { level2: '数量指标', name: '重点工作完成率', target: '≥95%', actual: '98%', weight: '20', score: '20' },
          { level2: '质量指标', name: '预算执行率', target: '≥90%', actual: '95.9%', weight: '20', score: '20' },
        ],
      },
      {
        level1: '效益指标（40分）',
        lines: [
          { level2: '社会效益指标', name: '群众办事便利度', target: '明显提升', actual: '明显提升', weight: '20', score: '20' },
          { level2: '可持续影响指标', name: '长效管理机制', target: '健全', actual: '健全', weight: '20', score: '20' },
        ],
      },
      {
        level1: '满意度指标（10分）',
        lines: [{ level2: '服务对象满意度指标', name: '群众满意度', target: '≥90%', actual: '95%', weight: '10', score: '10' }],
      },
    ],
    total: ['100', '99.59'],
  };
}

// ───────────── one planted contradiction per rule ─────────────

type Mutation = (form: FormSpec) => FormSpec;

function editLine(form: FormSpec, name: string, edit: Partial<IndicatorLine>): FormSpec {
  return {
    ...form,
    groups: form.groups.map((g) => ({ ...g, lines: g.lines.map((l) => (l.name === name ? { ...l, ...edit } : l)) })),
  };
}

function editFunds(form: FormSpec, label: string, cells: FundsLine['cells']): FormSpec {
  return { ...form, funds: form.funds.map((f) => (f.label === label ? { ...f, cells } : f)) };
}

/** Codes a form's fixture gives as information, not as a warning: a blank form cell is not a contradiction. */
const INFO_CODES = new Set(['missing-value']);

/** Each mutation breaks one rule and keeps every other figure consistent, so the rule's finding is the only one. */
const MUTATIONS: Array<[code: string, what: string, kind: 'project' | 'department', mutate: Mutation]> = [
  ['execution-rate-mismatch', '执行率 written 97% for 48 ÷ 50 = 96% (score 9.6 still follows from the figures)', 'project', (f) => editFunds(f, '年度资金总额', ['50', '50', '48', '10', '97%', '9.6'])],
  // (a whole 10 would agree: 9.6 rounds to 10 at a whole score's precision, as langfang's 9 for 8.62 does)
  ['execution-score-mismatch', 'funds 得分 9.9 for 10 × 96% = 9.6 (总分 raised to 97.9 to match)', 'project', (f) => ({ ...editFunds(f, '年度资金总额', ['50', '50', '48', '10', '96%', '9.9']), total: ['100', '97.9'] })],
  ['breakdown-mismatch', '其中：当年财政拨款 executes 50 under a 年度资金总额 of 48', 'project', (f) => editFunds(f, '其中：当年财政拨款', ['50', '50', '50', null, null, null])],
  ['score-over-weight', '新建道路长度 scores 12 of 10 (总分 99.6 to match)', 'project', (f) => ({ ...editLine(f, '新建道路长度', { score: '12' }), total: ['100', '99.6'] })],
  ['weight-sum-mismatch', '产出指标 stated as 40分 over indicator weights adding to 50', 'project', (f) => ({ ...f, groups: f.groups.map((g, i) => (i === 0 ? { ...g, level1: '产出指标（40分）' } : g)) })],
  ['total-score-mismatch', '总分 得分 95 where 9.6 + 88 = 97.6', 'project', (f) => ({ ...f, total: ['100', '95'] })],
  ['indicator-target-missed', '项目完工及时率 92% against ≥95% scores the full 10 (总分 99.6 to match)', 'project', (f) => ({ ...editLine(f, '项目完工及时率', { score: '10', note: '' }), total: ['100', '99.6'] })],
  ['score-mismatch', 'the prose says 自评得分为95分, the form totals 97.6', 'project', (f) => ({ ...f, prose: ['经自评，该项目自评得分为95分，评价等级为优。'] })],
  ['missing-value', '受益村数 has a weight and no score (so no total is summed)', 'project', (f) => editLine(f, '受益村数', { score: null })],
  ['unparsed-value', '受益村数 weight written 1O (letter O): unreadable, so no sum that needs it is judged', 'project', (f) => editLine(f, '受益村数', { weight: '1O' })],
  ['breakdown-mismatch', '基本支出 executes 915.3, so 基本支出 + 项目支出 = 1160.8 against 1150.8', 'department', (f) => editFunds(f, '按支出性质分：基本支出', ['900', '920', '915.3', null, null, null])],
];

// ───────────── the form as a grid (merged cells once, with their spans) ─────────────

interface GridCell {
  text: string;
  colSpan?: number;
  rowSpan?: number;
}

type Grid = GridCell[][];

const FUNDS_HEADER = ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'];
const INDICATOR_HEADER = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'];

function grid(form: FormSpec): Grid {
  const rows: Grid = [];
  if (form.kind === 'project') {
    rows.push([{ text: '项目名称' }, { text: form.projectName, colSpan: WIDTH - 1 }]);
    rows.push([{ text: '主管部门' }, { text: form.department, colSpan: 4 }, { text: '实施单位' }, { text: form.implementer, colSpan: 3 }]);
  } else {
    rows.push([{ text: '部门（单位）名称' }, { text: form.department, colSpan: WIDTH - 1 }]);
  }
  const fundsLabel = form.kind === 'project' ? '项目资金（万元）' : '部门整体资金（万元）';
  rows.push([{ text: fundsLabel, rowSpan: form.funds.length + 1 }, { text: '', colSpan: 2 }, ...FUNDS_HEADER.map((text) => ({ text }))]);
  for (const line of form.funds) rows.push([{ text: line.label, colSpan: 2 }, ...line.cells.map((c) => ({ text: c ?? '' }))]);
  rows.push([{ text: '年度总体目标', rowSpan: 2 }, { text: '预期目标', colSpan: 4 }, { text: '实际完成情况', colSpan: 4 }]);
  rows.push([{ text: form.goals[0], colSpan: 4 }, { text: form.goals[1], colSpan: 4 }]);
  const count = form.groups.reduce((n, g) => n + g.lines.length, 0);
  rows.push([{ text: '绩效指标', rowSpan: count + 1 }, ...INDICATOR_HEADER.map((text) => ({ text }))]);
  for (const g of form.groups) {
    g.lines.forEach((line, i) => {
      const row: GridCell[] = [];
      if (i === 0) row.push({ text: g.level1, rowSpan: g.lines.length });
      // a run of the same 二级指标 is one merged cell
      const prev = g.lines[i - 1];
      if (prev?.level2 !== line.level2) {
        let span = 1;
        while (g.lines[i + span]?.level2 === line.level2) span++;
        row.push({ text: line.level2, rowSpan: span });
      }
      row.push({ text: line.name }, { text: line.target }, { text: line.actual }, { text: line.weight ?? '' }, { text: line.score ?? '' }, { text: line.note ?? '' });
      rows.push(row);
    });
  }
  rows.push([{ text: '总分', colSpan: 6 }, { text: form.total[0] }, { text: form.total[1] }, { text: '' }]);
  return rows;
}

function titleLines(form: FormSpec): string[] {
  const title = form.kind === 'project' ? '项目支出绩效自评表' : '部门整体支出绩效自评表';
  return [...(form.prose ?? []), title, `（${form.year}年度）`];
}

// ───────────── text layouts ─────────────

type TextLayout = 'tab-cell-lines' | 'cell-lines' | 'spaces' | 'one-line' | 'pipe' | 'pipe-cells';

const TEXT_LAYOUTS: Record<TextLayout, (rows: Grid, title: string[]) => string> = {
  /** one cell per line with a leading tab, rows split by blank lines (the seed's flattening) */
  'tab-cell-lines': (rows, title) => [...title, ...rows.map((r) => r.map((c) => `\t${c.text}`).join('\n'))].join('\n\n'),
  /** one cell per line, no tab; a blank cell is a line with one space (langfang) */
  'cell-lines': (rows, title) => [...title, ...rows.map((r) => r.map((c) => c.text || ' ').join('\n'))].join('\n\n'),
  /** one row per line, cells joined by spaces; blank cells are lost */
  spaces: (rows, title) => [...title, ...rows.map((r) => r.map((c) => c.text).filter((t) => t !== '').join(' '))].join('\n'),
  /** the whole form on one line (tangxi) */
  'one-line': (rows, title) => [...title, ...rows.flatMap((r) => r.map((c) => c.text).filter((t) => t !== ''))].join(' '),
  /** pipe rows (yn_yongde) */
  pipe: (rows, title) => [...title, ...rows.map((r) => `| ${r.map((c) => c.text).join(' | ')} |`)].join('\n'),
  /** one cell per line ending in ` |`, a bare `|` for an empty cell (scqs_qingshen) */
  'pipe-cells': (rows, title) => [...title.map((t) => `${t} |`), ...rows.flatMap((r) => r.map((c) => (c.text === '' ? '|' : `${c.text} |`)))].join('\n'),
};

function renderText(form: FormSpec, layout: TextLayout): string {
  return `${TEXT_LAYOUTS[layout](grid(form), titleLines(form))}\n`;
}

// ───────────── Word ─────────────

function wordTable(rows: Grid): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (r) =>
        new TableRow({
          children: r.map(
            (c) =>
              new TableCell({
                children: [new Paragraph({ children: [new TextRun(c.text)] })],
                ...(c.colSpan ? { columnSpan: c.colSpan } : {}),
                ...(c.rowSpan && c.rowSpan > 1 ? { rowSpan: c.rowSpan } : {}),
              }),
          ),
        }),
    ),
  });
}

function renderDocument(form: FormSpec): Document {
  const title = titleLines(form);
  const prose = (form.prose ?? []).map((t) => new Paragraph({ children: [new TextRun(t)] }));
  const heading = title.slice(prose.length).map((t) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: t, bold: true })] }));
  return new Document({ creator: AUTHOR, title: title[prose.length], sections: [{ children: [...prose, ...heading, wordTable(grid(form))] }] });
}

/** docx stamps the current time into docProps/core.xml and the zip; pin both. */
async function deterministicDocx(document: Document): Promise<Uint8Array> {
  const packed = new Uint8Array(await Packer.toBuffer(document));
  const files = readZipDirectory(packed)
    .filter((entry) => !entry.name.endsWith('/'))
    .map((entry) => {
      const data = readZipEntry(packed, entry);
      if (entry.name !== 'docProps/core.xml') return { name: entry.name, data };
      const xml = new TextDecoder().decode(data).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${FIXED_DATE}$2`);
      return { name: entry.name, data: new TextEncoder().encode(xml) };
    })
    .sort((a, b) => (a.name === '[Content_Types].xml' ? -1 : b.name === '[Content_Types].xml' ? 1 : a.name.localeCompare(b.name)));
  return writeZip(files, { deflate: true });
}

// ───────────── main ─────────────

/** The fixture files and what each must give: the codes of its errors and warnings (the test reads this list). */
export interface FormFixture {
  file: string;
  expected: string[];
  /** codes it must give as information (a blank cell: the checks that need it are not made, nothing is wrong) */
  infos?: string[];
  what: string;
  /** the form as drawn, so a test can build the Form a parser should read from it */
  spec: FormSpec;
}

export function formFixtures(): Array<FormFixture & { render: () => Promise<Uint8Array> | Uint8Array }> {
  const out: Array<FormFixture & { render: () => Promise<Uint8Array> | Uint8Array }> = [];
  const utf8 = (text: string) => new TextEncoder().encode(text);
  for (const [kind, make] of [['project', projectForm], ['department', departmentForm]] as const) {
    out.push({ file: `${kind}-clean.docx`, expected: [], what: `clean ${kind} form, Word table with merged cells`, spec: make(), render: () => deterministicDocx(renderDocument(make())) });
    for (const layout of Object.keys(TEXT_LAYOUTS) as TextLayout[]) {
      out.push({ file: `${kind}-clean.${layout}.txt`, expected: [], what: `clean ${kind} form, ${layout}`, spec: make(), render: () => utf8(renderText(make(), layout)) });
    }
  }
  for (const [code, what, kind, mutate] of MUTATIONS) {
    const form = () => mutate(kind === 'project' ? projectForm() : departmentForm());
    const info = INFO_CODES.has(code);
    out.push({
      file: `${kind}-${code}.txt`,
      expected: info ? [] : [code],
      ...(info ? { infos: [code] } : {}),
      what,
      spec: form(),
      render: () => utf8(renderText(form(), 'tab-cell-lines')),
    });
  }
  // one planted contradiction in a Word table too, so the cells a finding points at are docx cells
  const [, rateWhat, , rateMutation] = MUTATIONS[0]!;
  out.push({ file: 'project-execution-rate-mismatch.docx', expected: ['execution-rate-mismatch'], what: rateWhat, spec: rateMutation(projectForm()), render: () => deterministicDocx(renderDocument(rateMutation(projectForm()))) });
  return out;
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const fixtures = formFixtures();
  for (const f of fixtures) {
    writeFileSync(join(OUT, f.file), await f.render());
    console.log(`wrote fixtures/forms/${f.file}`);
  }
  // what each fixture must give, for test/validate/forms-fixtures.test.ts
  const expectations = Object.fromEntries(fixtures.map((f) => [f.file, { expected: f.expected, ...(f.infos ? { infos: f.infos } : {}), what: f.what }]));
  writeFileSync(join(OUT, 'expected.json'), `${JSON.stringify(expectations, null, 2)}\n`);
  console.log('wrote fixtures/forms/expected.json');
}

if (process.argv[1] && import.meta.filename === process.argv[1]) await main();
