/**
 * Small hand-made .docx packages for tests: only the parts mammoth needs, so
 * each test shows exactly the XML it exercises.
 */
import { writeZip, type ZipFile } from '../../src/ingest/zip-entries.js';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>`;

const PACKAGE_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`;

function documentRels(parts: { styles: boolean; numbering: boolean }): string {
  const rels = [
    parts.styles ? '<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' : '',
    parts.numbering ? '<Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>' : '',
  ].join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`;
}

/** `body` is the inside of `w:body`; `prolog` goes between the XML declaration and the root (a DTD, say). */
export function documentXml(body: string, prolog = ''): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${prolog}<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`;
}

export function stylesXml(styles: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}">${styles}</w:styles>`;
}

export function numberingXml(definitions: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="${W}">${definitions}</w:numbering>`;
}

/** A paragraph: optional style, optional numbering reference, plain text. */
export function p(text: string, options: { style?: string; numId?: number; ilvl?: number } = {}): string {
  const props = [
    options.style ? `<w:pStyle w:val="${options.style}"/>` : '',
    options.numId !== undefined || options.ilvl !== undefined
      ? `<w:numPr>${options.ilvl !== undefined ? `<w:ilvl w:val="${options.ilvl}"/>` : ''}${options.numId !== undefined ? `<w:numId w:val="${options.numId}"/>` : ''}</w:numPr>`
      : '',
  ].join('');
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

export function docx(parts: { document: string; styles?: string; numbering?: string; extra?: ZipFile[] }): Uint8Array {
  const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
  const files: ZipFile[] = [
    { name: '[Content_Types].xml', data: encode(CONTENT_TYPES) },
    { name: '_rels/.rels', data: encode(PACKAGE_RELS) },
    { name: 'word/_rels/document.xml.rels', data: encode(documentRels({ styles: !!parts.styles, numbering: !!parts.numbering })) },
    { name: 'word/document.xml', data: encode(parts.document) },
  ];
  if (parts.styles) files.push({ name: 'word/styles.xml', data: encode(parts.styles) });
  if (parts.numbering) files.push({ name: 'word/numbering.xml', data: encode(parts.numbering) });
  files.push(...(parts.extra ?? []));
  return writeZip(files, { deflate: true });
}

/** Overwrites the central directory's uncompressed size of the first entry: a directory that lies. */
export function understateFirstEntry(zip: Uint8Array, declared: number): Uint8Array {
  const copy = Uint8Array.from(zip);
  const view = new DataView(copy.buffer);
  for (let at = 0; at + 4 <= copy.length; at++) {
    if (view.getUint32(at, true) === 0x02014b50) {
      view.setUint32(at + 24, declared, true);
      return copy;
    }
  }
  throw new Error('no central directory');
}
