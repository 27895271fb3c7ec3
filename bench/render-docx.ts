/**
 * Report blocks as a real .docx (via the `docx` package): heading styles,
 * prose paragraphs and a Word table, so ingest meets what Word writes.
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { DocBlock } from './report-blocks.js';

export async function renderDocx(blocks: readonly DocBlock[]): Promise<Buffer> {
  const children = blocks.map((block) => {
    switch (block.kind) {
      case 'title':
        // Real reports centre a bold title in a plain paragraph rather than use Word's Title style.
        return new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: block.text, bold: true })] });
      case 'heading':
        return new Paragraph({ text: block.text, heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 });
      case 'paragraph':
        return new Paragraph({ text: block.text });
      case 'table':
        return docxTable(block.rows);
    }
  });
  const doc = new Document({ creator: 'jixiao bench', sections: [{ children }] });
  return Packer.toBuffer(doc);
}

export function docxTable(rows: readonly (readonly string[])[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (row, i) =>
        new TableRow({
          // Only the header row: mammoth reads any tblHeader element as a header row, whatever its value.
          ...(i === 0 ? { tableHeader: true } : {}),
          children: row.map((cell) => new TableCell({ children: [new Paragraph({ text: cell })] })),
        }),
    ),
  });
}
