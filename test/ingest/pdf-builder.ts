/**
 * Minimal PDFs written by hand for the reader's tests: pages whose content is
 * text placed at given points (Helvetica, one of the 14 standard fonts, so no
 * font is embedded), pages with nothing but a picture-like rectangle (a scan
 * has no text), and the raw objects hostile tests need. Offsets in the xref
 * table are exact, so pdf.js reads them without reconstructing.
 */

/** A piece of text drawn at (x, y) in PDF points, y up from the page bottom as PDF counts. */
export interface Placed {
  text: string;
  x: number;
  y: number;
  size?: number;
}

const escape = (text: string): string => text.replace(/[\\()]/g, (c) => `\\${c}`);

export function textContent(placed: readonly Placed[]): string {
  return placed.map((p) => `BT /F1 ${p.size ?? 10} Tf ${p.x} ${p.y} Td (${escape(p.text)}) Tj ET`).join('\n');
}

/** A rectangle filled grey: a page that shows something but has no text layer, like a scan. */
export const PICTURE_ONLY = '0.5 g 72 72 450 700 re f';

/** A PDF from numbered objects (bodies without `N 0 obj`), object 1 being the catalog. */
export function pdfFromObjects(objects: readonly string[], trailerExtra = ''): Uint8Array {
  let out = '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/** A PDF with one A4 page per content stream. */
export function pdfWithPages(contents: readonly string[]): Uint8Array {
  const pageIds = contents.map((_, i) => 4 + i * 2);
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${contents.length} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  contents.forEach((content, i) => {
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[i]! + 1} 0 R >>`);
    objects.push(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
  });
  return pdfFromObjects(objects);
}
