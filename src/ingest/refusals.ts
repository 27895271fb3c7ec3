/**
 * Every reason a file is refused, in plain words (Chinese and English): what
 * is wrong and what the person can do about it. Kept together so the wording
 * stays consistent and is easy to review.
 */
import { IngestError } from './ingest-error.js';
import { MB } from './limits.js';

/** A size in the unit that shows it: a few KB stays readable, not "0.01 MB". */
export function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < MB) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / MB).toFixed(1)} MB`;
}

export const refuse = {
  empty: () =>
    new IngestError(
      'empty',
      '文件是空的（没有任何内容）。请确认上传的是完整的报告文件。',
      'The file is empty (it has no content). Check that the complete report file was submitted.',
    ),

  tooLarge: (bytes: number, limit: number) =>
    new IngestError(
      'too-large',
      `文件过大（${size(bytes)}，上限 ${size(limit)}）。绩效自评报告通常远小于此；如确属正常报告，可用 --max-file-mb 提高上限（程序库中为 maxFileBytes）。`,
      `The file is too large (${size(bytes)}; the limit is ${size(limit)}). A self-evaluation report is normally far smaller; if this one is genuine, raise the limit with --max-file-mb (in the library: maxFileBytes).`,
    ),

  textTooLarge: (bytes: number, limit: number) =>
    new IngestError(
      'too-large',
      `文本文件过大：${bytes} 字节，超过上限 ${limit} 字节（一份自评报告的文本通常不到 1 MB）。请确认文件是否正确；如确属正常报告，可用 --max-text-mb 提高上限（程序库中为 maxTextBytes）。`,
      `The text file is too large: ${bytes} bytes, over the limit of ${limit} bytes (a self-evaluation report's text is usually under 1 MB). Check that this is the right file; if it is a genuine report, raise the limit with --max-text-mb (in the library: maxTextBytes).`,
    ),

  legacyOffice: () =>
    new IngestError(
      'legacy-office',
      '这是一个 Office 旧格式（OLE2）文件，但不是可读取的 Word 97–2003 文档（例如 Works 或早期 WPS 格式的 .wps、PowerPoint .ppt）。请用 Word 或 WPS 打开后“另存为” .docx 再提交。',
      'This is a legacy Office (OLE2) file but not a readable Word 97–2003 document (for example a Works or early WPS .wps, or a PowerPoint .ppt). Open it in Word or WPS, "Save As" .docx and submit that.',
    ),

  oldWord: () =>
    new IngestError(
      'legacy-office',
      '这是 Word 6.0/95 或更早版本的文件，格式过旧，无法读取。请用 Word 或 WPS 打开后“另存为” .docx 再提交。',
      'This is a Word 6.0/95 (or older) file, a format too old to read. Open it in Word or WPS, "Save As" .docx and submit that.',
    ),

  xls: () =>
    new IngestError(
      'legacy-office',
      '这是旧版 Excel 表格（.xls，BIFF 格式）。为安全起见不直接读取（没有可放心用于外来文件的维护中的读取库）。请用 Excel 或 WPS 打开后“另存为” .xlsx 再提交。',
      'This is a legacy Excel workbook (.xls, BIFF format). It is not read, for safety (there is no maintained reader safe for untrusted files). Open it in Excel or WPS, "Save As" .xlsx and submit that.',
    ),

  encrypted: () =>
    new IngestError(
      'encrypted',
      '文件设置了打开密码（已加密），无法读取。请用 Word/WPS/Excel 打开，取消密码（文件 → 信息 → 保护文档 / 用密码进行加密，清空密码）后保存，再提交。',
      'The file is password-protected (encrypted) and cannot be read. Open it in Word/WPS/Excel, remove the password (File → Info → Protect Document / Encrypt with Password, clear it), save, and submit it again.',
    ),

  corruptDoc: (detail: string) =>
    new IngestError(
      'corrupt-doc',
      `Word 97–2003 文件（.doc/.wps）已损坏或不完整（${detail}），常见原因是下载或复制中断。请重新获取原文件，或用 Word/WPS 打开修复后另存为 .docx。`,
      `The Word 97–2003 file (.doc/.wps) is damaged or incomplete (${detail}), usually from an interrupted download or copy. Get the original file again, or open it in Word/WPS to repair it and save it as .docx.`,
    ),

  corruptXlsx: (detail: string) =>
    new IngestError(
      'corrupt-xlsx',
      `Excel 文件（.xlsx）已损坏或不完整（${detail}）。请重新获取原文件，或用 Excel/WPS 打开修复后另存为 .xlsx。`,
      `The Excel file (.xlsx) is damaged or incomplete (${detail}). Get the original file again, or open it in Excel/WPS to repair it and save it as .xlsx.`,
    ),

  tooManyCells: (cells: number, limit: number) =>
    new IngestError(
      'too-large',
      `Excel 表格的单元格过多（${cells} 个，上限 ${limit}）。自评表通常只有几百个单元格；如确属正常文件，可用 --max-sheet-cells 提高上限（程序库中为 maxSheetCells）。`,
      `The Excel workbook has too many cells (${cells}; the limit is ${limit}). A self-evaluation form usually has a few hundred; if this one is genuine, raise the limit with --max-sheet-cells (in the library: maxSheetCells).`,
    ),

  pdfNoText: (pages: number) =>
    new IngestError(
      'pdf-no-text',
      `这个 PDF 没有文字层（共 ${pages} 页，都是图片，多为扫描件），需要先做文字识别（OCR），本程序不做 OCR。请提交报告的 Word 原件（.docx），或用带 OCR 的软件把 PDF 转成可选中文字的 PDF 或 .docx 后再提交。`,
      `This PDF has no text layer (${pages} page(s), all images, usually a scan): it needs OCR, which jixiao does not do. Submit the original Word file (.docx), or convert the PDF with OCR software into a PDF with selectable text or a .docx, and submit that.`,
    ),

  encryptedPdf: () =>
    new IngestError(
      'encrypted',
      'PDF 文件设置了打开密码，无法读取。请提交未加密的 PDF 或报告的 Word 原件（.docx）。',
      'The PDF is protected by a password needed to open it, so it cannot be read. Submit an unprotected PDF or the original Word file (.docx).',
    ),

  corruptPdf: (detail: string) =>
    new IngestError(
      'corrupt-pdf',
      `PDF 文件已损坏或不完整（${detail}），常见原因是下载或复制中断。请重新获取原文件，或提交报告的 Word 原件（.docx）。`,
      `The PDF file is damaged or incomplete (${detail}), usually from an interrupted download or copy. Get the original file again, or submit the original Word file (.docx).`,
    ),

  tooManyPages: (pages: number, limit: number) =>
    new IngestError(
      'too-large',
      `PDF 页数过多（${pages} 页，上限 ${limit} 页）。绩效自评报告通常只有几十页；如确属正常报告，可在程序库中用 maxPdfPages 提高上限。`,
      `The PDF has too many pages (${pages}; the limit is ${limit}). A self-evaluation report normally has a few dozen; if this one is genuine, raise the limit with maxPdfPages in the library.`,
    ),

  pdfTextTooLarge: (limit: number) =>
    new IngestError(
      'too-large',
      `PDF 中的文字超过上限 ${size(limit)}（一份自评报告的文字通常不到 1 MB），为安全起见停止读取。请确认文件是否正确；如确属正常报告，可用 --max-text-mb 提高上限（程序库中为 maxTextBytes）。`,
      `The PDF's text exceeds the limit of ${size(limit)} (a self-evaluation report's text is usually under 1 MB), so reading stopped, for safety. Check that this is the right file; if it is a genuine report, raise the limit with --max-text-mb (in the library: maxTextBytes).`,
    ),

  notWord: (what: string, whatEn: string) =>
    new IngestError(
      'not-word',
      `这是一个压缩包（${what}），不是 Word 文档：里面没有 word/document.xml。请提交报告本身的 .docx 文件。`,
      `This is a zip archive (${whatEn}), not a Word document: it has no word/document.xml. Submit the report's own .docx file.`,
    ),

  corruptDocx: (detail: string) =>
    new IngestError(
      'corrupt-docx',
      `Word 文件已损坏或不完整（${detail}），常见原因是下载或复制中断。请重新获取原文件，或用 Word/WPS 打开修复后另存为 .docx。`,
      `The Word file is damaged or incomplete (${detail}), usually from an interrupted download or copy. Get the original file again, or open it in Word/WPS to repair it and save it as .docx.`,
    ),

  zipBomb: (detail: string, limit: number) =>
    new IngestError(
      'zip-bomb',
      `文件解压后会异常膨胀（${detail}，上限 ${size(limit)}），为安全起见未解压。正常报告不会这样；若确为真实文件（例如含大量图片），可用 --max-inflated-mb 提高解压上限（程序库中为 maxInflatedBytes）。`,
      `The file would expand to an abnormal size when unpacked (${detail}; the limit is ${size(limit)}), so it was not unpacked, for safety. A normal report does not do this; if it is a genuine file (for example with many pictures), raise the unpacked size limit with --max-inflated-mb (in the library: maxInflatedBytes).`,
    ),

  xmlEntities: (part: string) =>
    new IngestError(
      'xml-entities',
      `Office 文件（Word/Excel）的 ${part} 中含有 XML 实体声明（DTD）。Word、Excel 和 WPS 从不写入这种内容，它可能被用来读取本机文件或耗尽内存，因此拒绝读取。请用 Word/Excel/WPS 打开后另存为新文件再提交。`,
      `The Office file's (Word/Excel) ${part} declares XML entities (a DTD). Word, Excel and WPS never write these; they can be used to read local files or exhaust memory, so the file was refused. Open it in Word/Excel/WPS, save it as a new file and submit that.`,
    ),
};

/** The warning when some pages of a PDF have no text (scanned pages among typed ones): what is on them is not read. */
export function pdfPagesWithoutText(pages: readonly number[]): string {
  const list = pages.length > 10 ? `${pages.slice(0, 10).join('、')} 等 ${pages.length} 页` : pages.join('、');
  const listEn = pages.length > 10 ? `${pages.slice(0, 10).join(', ')} and ${pages.length - 10} more` : pages.join(', ');
  return `PDF 第 ${list} 页没有文字层（多为扫描的图片），其内容未读取，需要 OCR。 / PDF page(s) ${listEn} have no text layer (usually scanned images): their content was not read; it needs OCR.`;
}

/** The warning when a file has more table rows than the bound: the rest are not read. */
export function tableRowsDropped(limit: number, dropped: number): string {
  return `表格行数超过上限 ${limit}，其余 ${dropped} 行未读取；如确属正常报告，可用 --max-rows 提高上限（程序库中为 maxTableRows）。 / Table rows exceed the limit of ${limit}; ${dropped} more rows were not read. If the report is genuine, raise the limit with --max-rows (in the library: maxTableRows).`;
}
