/**
 * The one error ingestion throws: a file we cannot read, said in plain words
 * (what is wrong and what to do), in Chinese and English. The batch turns it
 * into an `ingest-failed` finding and goes on.
 */
export type IngestFailureKind =
  | 'empty'
  | 'too-large'
  | 'zip-bomb'
  | 'not-word'
  | 'corrupt-docx'
  /** a docx part declares XML entities (DTD): never expanded, refused */
  | 'xml-entities'
  /** an OLE2 file that is not a readable Word 97–2003 document (Word 95, Works, .ppt), or a .xls */
  | 'legacy-office'
  /** opening the file needs a password: an OLE2 wrapper holding an encrypted .docx/.xlsx, an encrypted .doc or PDF */
  | 'encrypted'
  | 'corrupt-doc'
  | 'corrupt-xlsx'
  /** a PDF with no text layer (a scan): it needs OCR, which jixiao does not do */
  | 'pdf-no-text'
  /** a PDF that cannot be parsed */
  | 'corrupt-pdf'
  | 'binary'
  | 'unreadable'
  | 'timeout'
  /** read, but jixiao failed while analysing it: a bug to report, not a fault of the file */
  | 'internal';

export class IngestError extends Error {
  override readonly name = 'IngestError';
  constructor(
    readonly kind: IngestFailureKind,
    /** plain words in Chinese: what is wrong with the file and what to do */
    readonly reason: string,
    /** the same in English */
    readonly reasonEn: string,
  ) {
    super(reasonEn);
  }
}
