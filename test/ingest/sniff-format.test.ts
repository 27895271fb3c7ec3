import { describe, expect, it } from 'vitest';
import { sniffFormat } from '../../src/ingest/sniff-format.js';

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);
const text = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('sniffFormat', () => {
  it('tells formats by their first bytes', () => {
    expect(sniffFormat(bytes(0x50, 0x4b, 0x03, 0x04, 0, 0))).toBe('zip');
    expect(sniffFormat(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0))).toBe('ole2');
    expect(sniffFormat(text('%PDF-1.7\n'))).toBe('pdf');
    expect(sniffFormat(text('\n%PDF-1.4\n'))).toBe('pdf');
    expect(sniffFormat(text('一、绩效自评工作组织开展情况'))).toBe('text');
  });

  it('calls a file of nothing or only whitespace empty', () => {
    expect(sniffFormat(new Uint8Array(0))).toBe('empty');
    expect(sniffFormat(text(' \r\n\t\u3000\n'))).toBe('empty');
    expect(sniffFormat(bytes(0xef, 0xbb, 0xbf, 0x0a))).toBe('empty');
    expect(sniffFormat(bytes(0xff, 0xfe, 0x20, 0x00, 0x0a, 0x00))).toBe('empty');
    expect(sniffFormat(text(' x '))).toBe('text');
    // long files too, with a full-width space cut at the 4096-byte boundary
    expect(sniffFormat(text(' ' + '\u3000'.repeat(3000)))).toBe('empty');
    expect(sniffFormat(text(' '.repeat(10_000) + '正文'))).toBe('text');
    // invalid bytes are not whitespace
    expect(sniffFormat(new Uint8Array(10).fill(0xff))).toBe('text');
  });

  it('does not take a text that mentions PK or %PDF later on for a zip or PDF', () => {
    expect(sniffFormat(text('报告 PK\u0003\u0004'))).toBe('text');
    expect(sniffFormat(text('见附件 %PDF'))).toBe('text');
  });
});
