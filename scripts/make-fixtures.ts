/**
 * Renders the generated fixtures from the seed text
 * (fixtures/shenxing-2022-summary.txt): the seed as real Word documents (plain,
 * auto-numbered headings, merged cells, tracked changes) and GB18030 / UTF-16
 * copies of the text. Deterministic: fixed dates and a zip written with fixed
 * timestamps, so re-running gives the same bytes.
 *
 *   npm run fixtures
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AlignmentType,
  DeletedTextRun,
  Document,
  HeadingLevel,
  InsertedTextRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import iconv from 'iconv-lite';
import { readZipDirectory, readZipEntry, writeZip } from '../src/ingest/zip-entries.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const SEED = 'shenxing-2022-summary';
const FIXED_DATE = '2023-03-01T00:00:00Z';
const AUTHOR = 'jixiao fixtures';

// ───────────── the seed text, read into headings, paragraphs and one table ─────────────

type SeedBlock =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; level: 1 | 2; number: string; title: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; rows: string[][] };

const LEVEL_1 = /^([一二三四五六七八九十]+、)(.*)$/;
const LEVEL_2 = /^([０-９]+．)(.*)$/;
const DEBRIS = /^\[bookmark: [^\]]*\]/;

function readSeed(text: string): SeedBlock[] {
  const blocks: SeedBlock[] = [];
  let table: string[][] | null = null;
  let row: string[] = [];
  const endRow = (): void => {
    if (table && row.length > 0) table.push(row);
    row = [];
  };
  for (const raw of text.split(/\r?\n/)) {
    if (raw.startsWith('\t')) {
      if (!table) {
        table = [];
        blocks.push({ kind: 'table', rows: table });
      }
      row.push(raw.slice(1).trim());
      continue;
    }
    if (raw.trim() === '') {
      endRow();
      continue;
    }
    endRow();
    table = null;
    const line = raw.replace(DEBRIS, '').trim();
    const level1 = LEVEL_1.exec(line);
    const level2 = LEVEL_2.exec(line);
    if (level1) blocks.push({ kind: 'heading', level: 1, number: level1[1]!, title: level1[2]! });
    else if (level2) blocks.push({ kind: 'heading', level: 2, number: level2[1]!, title: level2[2]! });
    else if (blocks.length < 2) blocks.push({ kind: 'title', text: line });
    else blocks.push({ kind: 'paragraph', text: line });
  }
  endRow();
  return blocks;
}

// ───────────── variants ─────────────

interface Variant {
  /** headings get Word automatic numbering instead of typed numbers */
  autoNumber?: boolean;
  /** a merged title row above the header, the department column merged vertically */
  merged?: boolean;
  /** a tracked insertion and deletion inside one project's name and amount */
  tracked?: boolean;
}

const LIST = 'report-headings';
const TABLE_TITLE = '2022年度项目绩效自评完成情况表';
/** the project whose name and amount carry the tracked changes */
const TRACKED_PROJECT = '村干部基础职务补贴';

function headingParagraph(block: Extract<SeedBlock, { kind: 'heading' }>, variant: Variant): Paragraph {
  const heading = block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2;
  if (variant.autoNumber) {
    return new Paragraph({ heading, numbering: { reference: LIST, level: block.level - 1 }, children: [new TextRun(block.title)] });
  }
  return new Paragraph({ heading, children: [new TextRun(block.number + block.title)] });
}

let changeId = 1;
function trackedRuns(parts: ReadonlyArray<string | { ins: string } | { del: string }>): ParagraphChild[] {
  return parts.map((part) => {
    if (typeof part === 'string') return new TextRun(part);
    if ('ins' in part) return new InsertedTextRun({ text: part.ins, id: changeId++, author: AUTHOR, date: FIXED_DATE });
    return new DeletedTextRun({ text: part.del, id: changeId++, author: AUTHOR, date: FIXED_DATE });
  });
}

/** 村干部基础职务补贴 / 360.2358 written as edits: the accepted text is the seed's. */
function cellRuns(text: string, column: number, rowName: string, variant: Variant): ParagraphChild[] {
  if (variant.tracked && rowName === TRACKED_PROJECT) {
    if (column === 1) return trackedRuns(['村干部', { del: '临时' }, { ins: '基础' }, '职务补贴']);
    if (column === 2) return trackedRuns(['360.', { ins: '2358' }, { del: '5' }]);
  }
  return [new TextRun(text)];
}

function cell(children: ParagraphChild[], options: { columnSpan?: number; rowSpan?: number } = {}): TableCell {
  return new TableCell({ children: [new Paragraph({ children })], ...options });
}

function table(rows: string[][], variant: Variant): Table {
  const width = rows[0]?.length ?? 0;
  const tableRows: TableRow[] = [];
  if (variant.merged) {
    tableRows.push(new TableRow({ children: [cell([new TextRun(TABLE_TITLE)], { columnSpan: width })] }));
  }
  rows.forEach((cells, r) => {
    const name = cells[1] ?? '';
    const children: TableCell[] = [];
    cells.forEach((text, c) => {
      if (variant.merged && c === 0 && r > 0) {
        // A run of equal departments is one vertically merged cell; the rest of the run is covered by it.
        if (rows[r - 1]?.[0] === text && r > 1) return;
        let span = 1;
        while (rows[r + span]?.[0] === text) span++;
        children.push(cell([new TextRun(text)], { rowSpan: span }));
        return;
      }
      children.push(cell(cellRuns(text, c, name, variant)));
    });
    tableRows.push(new TableRow({ children, tableHeader: r === 0 }));
  });
  return new Table({ rows: tableRows, width: { size: 100, type: WidthType.PERCENTAGE } });
}

function renderDocument(seed: SeedBlock[], variant: Variant): Document {
  const children = seed.map((block) => {
    switch (block.kind) {
      case 'title':
        return new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: block.text, bold: true, size: 36 })] });
      case 'heading':
        return headingParagraph(block, variant);
      case 'paragraph':
        return new Paragraph({ children: [new TextRun(block.text)] });
      case 'table':
        return table(block.rows, variant);
    }
  });
  return new Document({
    creator: AUTHOR,
    title: '2022年度神星镇人民政府（部门）整体绩效自评工作报告',
    numbering: {
      config: [
        {
          reference: LIST,
          levels: [
            { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.DECIMAL_FULL_WIDTH, text: '%2．', alignment: AlignmentType.LEFT },
          ],
        },
      ],
    },
    sections: [{ children }],
  });
}

/** docx stamps the current time into docProps/core.xml and the zip; pin both. */
async function deterministicDocx(document: Document): Promise<Uint8Array> {
  const packed = new Uint8Array(await Packer.toBuffer(document));
  const files = readZipDirectory(packed)
    .filter((entry) => !entry.name.endsWith('/'))
    .map((entry) => {
      const data = readZipEntry(packed, entry);
      if (entry.name !== 'docProps/core.xml') return { name: entry.name, data };
      const xml = new TextDecoder()
        .decode(data)
        .replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${FIXED_DATE}$2`);
      return { name: entry.name, data: new TextEncoder().encode(xml) };
    })
    .sort((a, b) => (a.name === '[Content_Types].xml' ? -1 : b.name === '[Content_Types].xml' ? 1 : a.name.localeCompare(b.name)));
  return writeZip(files, { deflate: true });
}

async function main(): Promise<void> {
  const seedText = readFileSync(join(FIXTURES, `${SEED}.txt`), 'utf8');
  const seed = readSeed(seedText);
  const variants: Array<[string, Variant]> = [
    [`${SEED}.docx`, {}],
    [`${SEED}-autonumber.docx`, { autoNumber: true }],
    [`${SEED}-merged.docx`, { merged: true }],
    [`${SEED}-tracked.docx`, { tracked: true }],
  ];
  for (const [name, variant] of variants) {
    changeId = 1;
    writeFileSync(join(FIXTURES, name), await deterministicDocx(renderDocument(seed, variant)));
    console.log(`wrote fixtures/${name}`);
  }
  writeFileSync(join(FIXTURES, `${SEED}.gb18030.txt`), iconv.encode(seedText, 'gb18030'));
  writeFileSync(join(FIXTURES, `${SEED}.utf16le.txt`), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seedText, 'utf16le')]));
  console.log(`wrote fixtures/${SEED}.gb18030.txt, fixtures/${SEED}.utf16le.txt`);
}

await main();
