import { describe, expect, it } from 'vitest';
import { isWordLockFile } from '../../src/ingest/lock-file.js';

describe('isWordLockFile', () => {
  it('recognises the owner files Word and WPS leave next to an open document', () => {
    expect(isWordLockFile('~$2022年自评报告.docx')).toBe(true);
    expect(isWordLockFile('reports/~$report.doc')).toBe(true);
    expect(isWordLockFile('C:\\报告\\~$报告.docx')).toBe(true);
    expect(isWordLockFile('~$report.wps')).toBe(true);
    // Excel's, now that workbooks are read
    expect(isWordLockFile('~$自评表.xlsx')).toBe(true);
    expect(isWordLockFile('~$old.XLS')).toBe(true);
  });

  it('leaves real reports alone', () => {
    expect(isWordLockFile('2022年自评报告.docx')).toBe(false);
    expect(isWordLockFile('~report.docx')).toBe(false);
    expect(isWordLockFile('a~$b.docx')).toBe(false);
    expect(isWordLockFile('~$data.csv')).toBe(false);
    expect(isWordLockFile('~$photo.jpg')).toBe(false);
  });
});
