/**
 * Renders the Office fixtures beyond .docx:
 * - `project-form.xlsx`: a small 项目支出绩效自评表 written with exceljs
 *   (merged cells, a percentage format, formulas with saved results, a date,
 *   a note row), re-zipped with fixed timestamps so re-running gives the same bytes;
 * - with LibreOffice (`soffice --headless`, must be installed): the seed docx
 *   as Word 97–2003 `.doc` (plain and with tracked changes), the .doc saved
 *   back as an Office-suite `.docx`, and the form as a BIFF8 `.xls`.
 *   LibreOffice stamps dates into what it writes: those bytes differ per run.
 *
 *   node --import tsx scripts/make-office-fixtures.ts
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import ExcelJS from 'exceljs';
import { readZipDirectory, readZipEntry, writeZip } from '../src/ingest/zip-entries.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const FIXED_DATE = new Date('2023-03-01T00:00:00Z');

async function projectForm(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'jixiao fixtures';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  const sheet = workbook.addWorksheet('自评表');
  const put = (address: string, value: ExcelJS.CellValue, numFmt?: string): void => {
    const cell = sheet.getCell(address);
    cell.value = value;
    if (numFmt) cell.numFmt = numFmt;
  };
  put('A1', '项目支出绩效自评表');
  sheet.mergeCells('A1:H1');
  put('A2', '（2023年度）');
  sheet.mergeCells('A2:H2');
  put('A3', '项目名称');
  put('B3', '村级办公经费');
  sheet.mergeCells('B3:H3');
  put('A4', '主管部门');
  put('B4', '满城区神星镇人民政府');
  sheet.mergeCells('B4:D4');
  put('E4', '实施单位');
  put('F4', '神星镇人民政府本级');
  sheet.mergeCells('F4:H4');
  // the funds block: its label merged down four rows, as printed forms have it
  put('A5', '项目资金（万元）');
  sheet.mergeCells('A5:A8');
  ['', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'].forEach((text, i) => put(`${String.fromCharCode(66 + i)}5`, text));
  put('B6', '年度资金总额');
  put('C6', 18);
  put('D6', 18);
  // a sum whose float result carries noise (10.2 + 7.7946 = 17.994600000000002): shown as 17.9946
  put('E6', { formula: 'E7+E8', result: 10.2 + 7.7946 });
  put('F6', 10);
  put('G6', { formula: 'E6/D6', result: (10.2 + 7.7946) / 18 }, '0.00%');
  put('H6', 9.99, '0.00');
  put('B7', '其中：当年财政拨款');
  put('C7', 18);
  put('D7', 18);
  put('E7', 10.2);
  put('B8', '其他资金');
  put('C8', 0);
  put('D8', 0);
  put('E8', 7.7946);
  put('A9', '年度总体目标');
  put('B9', '预期目标');
  sheet.mergeCells('B9:D9');
  put('E9', '实际完成情况');
  sheet.mergeCells('E9:H9');
  put('A10', '保障15个村正常办公');
  sheet.mergeCells('A10:D10');
  put('E10', '15个村正常办公');
  sheet.mergeCells('E10:H10');
  ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因'].forEach((text, i) => put(`${String.fromCharCode(65 + i)}11`, text));
  const indicators: Array<[string, string, string, string, string, number, number]> = [
    ['产出指标', '数量指标', '保障村数', '15个', '15个', 20, 20],
    ['产出指标', '质量指标', '办公经费使用合规率', '100%', '100%', 20, 20],
    ['产出指标', '时效指标', '资金拨付及时率', '≥95%', '99.97%', 20, 20],
    ['效益指标', '社会效益指标', '村级组织正常运转', '有效保障', '有效保障', 20, 19],
    ['满意度指标', '服务对象满意度指标', '村民满意度', '≥90%', '96%', 10, 10],
  ];
  indicators.forEach((row, i) => row.forEach((value, j) => put(`${String.fromCharCode(65 + j)}${12 + i}`, value)));
  // 一级指标 merged down its rows, as forms print it
  sheet.mergeCells('A12:A14');
  put('A17', '总分');
  sheet.mergeCells('A17:E17');
  put('F17', { formula: 'F6+SUM(F12:F16)', result: 100 });
  put('G17', { formula: 'H6+SUM(G12:G16)', result: 98.99 });
  put('A18', '填表日期');
  put('B18', new Date(Date.UTC(2024, 2, 15)), 'yyyy"年"m"月"d"日"');
  put('A19', '注：执行率=全年执行数/全年预算数。');
  sheet.mergeCells('A19:H19');
  const written = new Uint8Array(await workbook.xlsx.writeBuffer());
  // exceljs stamps the zip entries with the current time: re-zip with fixed timestamps
  const files = readZipDirectory(written).map((entry) => ({ name: entry.name, data: readZipEntry(written, entry) }));
  return writeZip(files, { deflate: true });
}

/** A table whose cells hold several paragraphs, before and after prose: the case Word's in-table flag decides. */
async function multiParagraphCells(): Promise<Uint8Array> {
  const cell = (...texts: string[]): TableCell => new TableCell({ children: texts.map((text) => new Paragraph(text)) });
  const document = new Document({
    creator: 'jixiao fixtures',
    sections: [
      {
        children: [
          new Paragraph('前言'),
          new Table({ rows: [new TableRow({ children: [cell('第一段', '第二段'), cell('b')] }), new TableRow({ children: [cell('x'), cell('y1', 'y2')] })] }),
          new Paragraph('后记'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

function soffice(input: string, to: string, outDir: string): void {
  execFileSync('soffice', ['--headless', '--convert-to', to, '--outdir', outDir, input], { stdio: 'ignore', timeout: 120_000 });
}

const form = await projectForm();
writeFileSync(join(FIXTURES, 'project-form.xlsx'), form);

const work = mkdtempSync(join(tmpdir(), 'jixiao-fixtures-'));
try {
  for (const name of ['shenxing-2022-summary', 'shenxing-2022-summary-tracked']) {
    soffice(join(FIXTURES, `${name}.docx`), 'doc', work);
    copyFileSync(join(work, `${name}.doc`), join(FIXTURES, `${name}.doc`));
  }
  // the .doc saved back as .docx by an Office suite: its styles and markup, not the docx package's
  const suite = join(work, 'suite');
  soffice(join(FIXTURES, 'shenxing-2022-summary.doc'), 'docx:MS Word 2007 XML', suite);
  copyFileSync(join(suite, 'shenxing-2022-summary.docx'), join(FIXTURES, 'shenxing-2022-summary-office.docx'));
  writeFileSync(join(work, 'multi-paragraph-cells.docx'), await multiParagraphCells());
  soffice(join(work, 'multi-paragraph-cells.docx'), 'doc', work);
  copyFileSync(join(work, 'multi-paragraph-cells.doc'), join(FIXTURES, 'multi-paragraph-cells.doc'));
  soffice(join(FIXTURES, 'project-form.xlsx'), 'xls', work);
  copyFileSync(join(work, 'project-form.xls'), join(FIXTURES, 'project-form.xls'));
} finally {
  rmSync(work, { recursive: true, force: true });
}
