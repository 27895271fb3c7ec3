/**
 * Renders the PDF fixtures with LibreOffice (soffice must be installed, with a
 * Chinese font such as fonts-wqy-microhei; the tests never need either):
 *
 * - `shenxing-2022-summary.pdf`: the seed's .docx fixture converted as is;
 * - `pdf-layout.pdf`: a report made for the PDF reader's layout work, built
 *   here with the `docx` package — a running header and a `第 N 页 共 M 页`
 *   footer on every page, prose wrapped over lines, a 40-row project table running over two pages with its header row
 *   repeated, and a closing part set in two columns;
 * - `pdf-password.pdf`: the seed exported with an open password (`jixiao`);
 * - `pdf-producers/*.pdf`: the Word files of ../shared/producers (python-docx,
 *   LibreOffice, pandoc) converted as they are: bordered and borderless tables,
 *   rows broken across pages, headers set low, hanging-indent lists.
 *
 *   node --import tsx scripts/make-pdf-fixtures.ts
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AlignmentType,
  ColumnBreak,
  Document,
  Footer,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  SectionType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** The Word files in ../shared/producers, each also kept as a PDF fixture. */
export const PRODUCERS = ['libreoffice', 'pandoc', 'python-docx', 'python-docx-numbered'] as const;

/** The layout report's content, shared with its test (test/ingest/read-pdf.test.ts reads the PDF back). */
export const LAYOUT = {
  header: '神山镇人民政府绩效自评报告（内部资料）',
  title: '2023年度神山镇人民政府部门整体绩效自评报告',
  villages: ['东关', '西关', '南庄', '北庄', '前营', '后营', '大王', '小王', '张家', '李家'],
  works: ['道路维修', '饮水安全', '环境整治', '路灯安装'],
};

/** 40 projects: amounts in 万元 with up to two decimals, all complete. */
export function layoutProjects(): { name: string; amount: string }[] {
  return LAYOUT.works.flatMap((work, w) =>
    LAYOUT.villages.map((village, v) => ({ name: `${village}村${work}项目`, amount: ((w * 10 + v + 1) * 3.25).toFixed(2) })),
  );
}

function layoutTotal(): string {
  const cents = layoutProjects().reduce((sum, p) => sum + Math.round(Number(p.amount) * 100), 0);
  return (cents / 100).toFixed(2);
}

const long = (lead: string, times: number): string =>
  lead + '按照预算绩效管理的有关规定，对照项目绩效目标，逐项核对资金使用和管理情况，及时掌握项目实施进程和资金支出进度。'.repeat(times);

function cell(text: string, width: number): TableCell {
  return new TableCell({ width: { size: width, type: WidthType.DXA }, children: [new Paragraph(text)] });
}

function layoutDocument(): Document {
  const projects = layoutProjects();
  const widths = [4200, 1800, 1500, 1500];
  const header = new TableRow({
    tableHeader: true,
    children: ['项目名称', '资金数额（万元）', '完成率', '自评得分'].map((h, i) => cell(h, widths[i]!)),
  });
  const rows = projects.map((p) => new TableRow({ children: [p.name, p.amount, '100%', '100'].map((t, i) => cell(t, widths[i]!)) }));
  const running = {
    headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun(LAYOUT.header)] })] }) },
    footers: {
      default: new Footer({
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ children: ['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'] })],
          }),
        ],
      }),
    },
  };
  const body = (text: string): Paragraph => new Paragraph({ children: [new TextRun(text)] });
  return new Document({
    creator: 'jixiao fixtures',
    title: LAYOUT.title,
    styles: { default: { document: { run: { size: 21, font: 'WenQuanYi Micro Hei' } } } },
    sections: [
      {
        ...running,
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: LAYOUT.title, size: 32 })] }),
          body('一、基本情况'),
          body(`2023年本部门管理的预算项目${projects.length}个，涉及资金${layoutTotal()}万元。`),
          body(long('本部门主要采取自行监控模式，', 9)),
          body(`1-12月份绩效目标实现程度达到100%的项目有${projects.length}个。自评得分为100分。`),
          body('二、项目完成情况'),
          body('具体完成情况如下：'),
          new Table({ rows: [header, ...rows], width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA } }),
          body('以上项目均已完成。'),
        ],
      },
      {
        ...running,
        properties: { type: SectionType.NEXT_PAGE, column: { count: 2, space: 720 } },
        children: [
          body('三、绩效目标设定质量情况'),
          body(long('左栏开头：从全年落实项目情况分析，年初设定绩效目标较为合理。', 3)),
          new Paragraph({ children: [new ColumnBreak()] }),
          body('四、整改措施及结果应用'),
          body(long('右栏内容：加强绩效目标日常监控工作，', 3) + '全文完。'),
        ],
      },
    ],
  });
}

function sofficeToPdf(docx: string, outDir: string, filter = 'pdf'): void {
  execFileSync('soffice', ['--headless', '--convert-to', filter, docx, '--outdir', outDir], { stdio: 'ignore' });
}

const WITH_PASSWORD =
  'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"jixiao"}}';

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'jixiao-pdf-'));
  sofficeToPdf(join(FIXTURES, 'shenxing-2022-summary.docx'), FIXTURES);
  const layoutDocx = join(work, 'pdf-layout.docx');
  const doc = layoutDocument();
  writeFileSync(layoutDocx, await Packer.toBuffer(doc));
  sofficeToPdf(layoutDocx, work);
  copyFileSync(join(work, 'pdf-layout.pdf'), join(FIXTURES, 'pdf-layout.pdf'));
  const locked = join(work, 'pdf-password.docx');
  copyFileSync(join(FIXTURES, 'shenxing-2022-summary.docx'), locked);
  sofficeToPdf(locked, work, WITH_PASSWORD);
  copyFileSync(join(work, 'pdf-password.pdf'), join(FIXTURES, 'pdf-password.pdf'));
  const producers = join(import.meta.dirname, '..', '..', 'shared', 'producers');
  mkdirSync(join(FIXTURES, 'pdf-producers'), { recursive: true });
  for (const name of PRODUCERS) sofficeToPdf(join(producers, `${name}.docx`), join(FIXTURES, 'pdf-producers'));
}

if (process.argv[1] && import.meta.filename === process.argv[1]) await main();
