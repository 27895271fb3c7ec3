/**
 * Builders of hostile inputs: zip bombs (honest and lying headers), tables
 * nested deeper than Word allows, XML entity attacks, files in the wrong
 * format under a Word or text name, huge tables and lines, PDFs with huge
 * page counts or deeply nested objects. Built in memory
 * from the seed docx so everything but the attack is a real report.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { tableLines, type TextLayout } from '../../bench/render-text.js';
import { createRng } from '../../bench/prng.js';
import { readZip, writeRawZip, writeZip, type RawZipEntry } from '../fuzz/zip.js';
import { DOCUMENT_XML } from '../fuzz/mutations.js';
import { pdfFromObjects } from '../ingest/pdf-builder.js';

const MB = 1024 * 1024;

/**
 * A deflate stream of `totalMb` MB of `fill` that is about 1/1000 of that:
 * one 1 MB chunk compressed up to a full flush (byte-aligned, no back
 * references past it), repeated, then an empty final block.
 */
export function deflateBomb(totalMb: number, fill = 0x20): { body: Buffer; crc: number; size: number } {
  const chunk = Buffer.alloc(MB, fill);
  const segment = deflateRawSync(chunk, { finishFlush: constants.Z_FULL_FLUSH, level: 9 });
  let crc = 0;
  for (let i = 0; i < totalMb; i++) crc = crc32(chunk, crc);
  const finalEmptyBlock = Buffer.from([0x03, 0x00]);
  return { body: Buffer.concat([...Array.from({ length: totalMb }, () => segment), finalEmptyBlock]), crc: crc >>> 0, size: totalMb * MB };
}

/** The docx with one extra entry (or its document.xml) replaced by a bomb; `lie` writes a tiny size in the headers. */
export function zipBombDocx(docx: Uint8Array, options: { totalMb: number; entry: string; lie: boolean }): Buffer {
  const bomb = deflateBomb(options.totalMb);
  const raw: RawZipEntry[] = readZip(docx)
    .filter((e) => e.name !== options.entry)
    .map((e) => ({ name: e.name, body: deflateRawSync(e.data), method: 8, crc: crc32(e.data) >>> 0, size: e.data.length }));
  raw.push({ name: options.entry, body: bomb.body, method: 8, crc: bomb.crc, size: options.lie ? 1024 : bomb.size });
  return writeRawZip(raw);
}

function replaceDocumentXml(docx: Uint8Array, transform: (xml: string) => string): Buffer {
  return writeZip(readZip(docx).map((e) => (e.name === DOCUMENT_XML ? { name: e.name, data: Buffer.from(transform(e.data.toString('utf8')), 'utf8') } : e)));
}

/** Tables nested `depth` deep (each cell holding the next table) at the top of the body. */
export function nestedTablesDocx(docx: Uint8Array, depth: number): Buffer {
  let inner = '<w:p><w:r><w:t>最内层</w:t></w:r></w:p>';
  for (let level = depth; level >= 1; level--) {
    inner = `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tr><w:tc><w:p><w:r><w:t>第${level}层</w:t></w:r></w:p>${inner}<w:p/></w:tc><w:tc><w:p><w:r><w:t>${level}</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`;
  }
  return replaceDocumentXml(docx, (xml) => xml.replace(/<w:body>/, `<w:body>${inner}<w:p/>`));
}

/** A DOCTYPE with the given entity declarations, and a paragraph that uses `reference`. */
function withEntities(docx: Uint8Array, declarations: string, reference: string): Buffer {
  return replaceDocumentXml(docx, (xml) => {
    const body = xml.replace(/<w:body>/, `<w:body><w:p><w:r><w:t>${reference}</w:t></w:r></w:p>`);
    const declEnd = body.startsWith('<?xml') ? body.indexOf('?>') + 2 : 0;
    return `${body.slice(0, declEnd)}<!DOCTYPE w:document [${declarations}]>${body.slice(declEnd)}`;
  });
}

/** Billion laughs: ten levels of ten-fold entity expansion (10^9 "lol"s if expanded). */
export function billionLaughsDocx(docx: Uint8Array): Buffer {
  const levels = ['<!ENTITY lol0 "lol">'];
  for (let i = 1; i <= 9; i++) levels.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
  return withEntities(docx, levels.join(''), '&lol9;');
}

/** An external entity that would pull a local file into the report if resolved. */
export function externalEntityDocx(docx: Uint8Array): Buffer {
  return withEntities(docx, '<!ENTITY xxe SYSTEM "file:///etc/passwd">', '&xxe;');
}

/**
 * A text report whose project table has `rows` rows in the given layout;
 * `oneAmount` gives every row the same amount (a per-village subsidy list),
 * the worst case for rules that compare rows of equal amounts.
 */
export function hugeTableText(rows: number, layout: TextLayout, options: { oneAmount?: boolean } = {}): string {
  const header = ['部门名称', '项目名称', '资金数额（万元）', '实现程度（%）', '自评得分'];
  const amount = (i: number) => (options.oneAmount ? '1.5' : `${(i % 900) + 1}.${i % 100}`);
  const body = Array.from({ length: rows }, (_, i) => ['神星镇人民政府本级', `第${i + 1}号村道路硬化工程`, amount(i), '100%', '95']);
  return [
    '2022年度神星镇人民政府（部门）整体绩效自评工作报告',
    '一、绩效自评工作组织开展情况',
    `2022年本部门管理的预算项目${rows}个。`,
    '具体完成情况如下：',
    ...tableLines([header, ...body], layout),
    '二、绩效目标设定质量情况',
    '年初设定绩效目标相对较为合理。',
    '',
  ].join('\n');
}

/** One line of `mb` MB: Chinese prose with numbers, no line break at all. */
export function singleLineText(mb: number): Buffer {
  const sentence = Buffer.from('本部门管理的预算项目24个，涉及资金2735.649088万元，实现程度达到100%的项目有14个；', 'utf8');
  const out = Buffer.alloc(Math.floor(mb * MB));
  for (let at = 0; at < out.length; at += sentence.length) sentence.copy(out, at);
  // Do not end inside a UTF-8 sequence: trim to the last whole sentence.
  return out.subarray(0, out.length - (out.length % sentence.length));
}

/** Seeded random bytes (with NULs and control bytes, as real binary has). */
export function binaryJunk(bytes: number, seed = 7): Buffer {
  const rng = createRng(seed);
  return Buffer.from(Array.from({ length: bytes }, () => rng.int(0, 255)));
}

export function pdfBytes(): Buffer {
  return Buffer.from(
    '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
    'latin1',
  );
}

/** The start of a legacy Word .doc: the OLE2 compound-file signature and header, then sectors. */
export function legacyDocBytes(): Buffer {
  const out = Buffer.alloc(8 * 512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(out, 0);
  out.writeUInt16LE(0x003e, 24); // minor version
  out.writeUInt16LE(0x0003, 26); // major version 3
  out.writeUInt16LE(0xfffe, 28); // little-endian byte order mark
  out.writeUInt16LE(9, 30); // 512-byte sectors
  Buffer.from('WordDocument', 'utf16le').copy(out, 1024);
  return out;
}

/** A valid zip that holds no Word document. */
export function zipWithoutWord(): Buffer {
  return writeZip([{ name: 'notes.txt', data: Buffer.from('只是一个压缩包', 'utf8') }]);
}

/** A one-page PDF (Helvetica text) with `pageObject` extra keys on its page and `content` after its text. */
function onePagePdf(pageCount: number, pageExtra: string, contentExtra = ''): Uint8Array {
  const content = `BT /F1 10 Tf 72 700 Td (Budget report) Tj ET ${contentExtra}`;
  return pdfFromObjects([
    '<< /Type /Catalog /Pages 2 0 R >>',
    // the same page object listed again and again: a huge page count in a small file
    `<< /Type /Pages /Kids [${Array.from({ length: pageCount }, () => '4 0 R').join(' ')}] /Count ${pageCount} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> ${pageExtra} /Contents 5 0 R >>`,
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
  ]);
}

/** A PDF claiming `pages` pages (each the same page object). */
export function manyPagesPdf(pages: number): Uint8Array {
  return onePagePdf(pages, '');
}

/** A PDF whose page carries arrays nested `depth` deep, in its dictionary or in its content stream. */
export function deeplyNestedPdf(depth: number, where: 'page' | 'content'): Uint8Array {
  const nested = '['.repeat(depth) + ']'.repeat(depth);
  return where === 'page' ? onePagePdf(1, `/Nested ${nested}`) : onePagePdf(1, '', `${nested} pop`);
}
