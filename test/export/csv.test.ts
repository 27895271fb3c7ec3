import { describe, expect, it } from 'vitest';
import { BOM, csvRecord } from '../../src/export/csv.js';

describe('csvRecord', () => {
  it('writes one whole CRLF-terminated record with quoting', () => {
    expect(csvRecord(['a,b', 'x"y', 3, null])).toBe('"a,b","x""y",3,\r\n');
  });

  it('keeps negative and fractional numbers as plain numbers', () => {
    expect(csvRecord([-5, -0.25, 2735.649088])).toBe('-5,-0.25,2735.649088\r\n');
  });

  it('neutralises text cells that a spreadsheet would run as formulas', () => {
    const line = csvRecord(['=SUM(A1)', '+1', '-5', '@x', '\tcmd', 'plain', '项目=1']);
    expect(line).toBe("'=SUM(A1),'+1,'-5,'@x,'\tcmd,plain,项目=1\r\n");
  });

  it('neutralises a leading carriage return inside a quoted cell', () => {
    expect(csvRecord(['\r=1'])).toBe('"\'\r=1"\r\n');
  });

  it('quotes cells that hold a line break of any kind, so a record stays one record', () => {
    expect(csvRecord(['第一行\n第二行', 'a\rb', 'c\r\nd'])).toBe('"第一行\n第二行","a\rb","c\r\nd"\r\n');
  });

  it('has the UTF-8 byte order mark Excel needs for Chinese', () => {
    expect(Buffer.from(BOM, 'utf8')).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});
