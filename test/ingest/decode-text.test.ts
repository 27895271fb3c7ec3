import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../bench/prng.js';
import { decodeText } from '../../src/ingest/decode-text.js';
import { IngestError } from '../../src/ingest/ingest-error.js';

const seed = readFileSync(new URL('../../fixtures/shenxing-2022-summary.txt', import.meta.url), 'utf8');

function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i + 1 < le.length; i += 2) {
    be[i] = le[i + 1] ?? 0;
    be[i + 1] = le[i] ?? 0;
  }
  return be;
}

function refusal(bytes: Uint8Array): IngestError {
  try {
    decodeText(bytes);
  } catch (e) {
    if (e instanceof IngestError) return e;
    throw e;
  }
  throw new Error('expected the bytes to be refused');
}

describe('decodeText: encodings', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeText(Buffer.from(seed, 'utf8'))).toEqual({ text: seed, encoding: 'utf-8' });
  });

  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seed, 'utf8')]);
    expect(decodeText(bytes)).toEqual({ text: seed, encoding: 'utf-8-bom' });
  });

  it('reads UTF-16LE and UTF-16BE with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seed, 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(seed)]);
    expect(decodeText(le)).toEqual({ text: seed, encoding: 'utf-16le' });
    expect(decodeText(be)).toEqual({ text: seed, encoding: 'utf-16be' });
  });

  it('reads GB18030 (and its GBK subset) when the bytes are not UTF-8', () => {
    expect(decodeText(iconv.encode(seed, 'gb18030'))).toEqual({ text: seed, encoding: 'gb18030' });
    const gbk = '二、绩效目标实现情况\r\n资金数额（万元）\t１２.２１\r\n';
    expect(decodeText(iconv.encode(gbk, 'gbk'))).toEqual({ text: gbk, encoding: 'gb18030' });
  });

  it('does not refuse legitimate Chinese text in GB18030, whatever the characters', () => {
    const rnd = createRng(7).next;
    for (let n = 0; n < 200; n++) {
      let text = '';
      const len = 1 + Math.floor(rnd() * 300);
      for (let i = 0; i < len; i++) {
        const r = rnd();
        // CJK ideographs, ASCII text, full-width forms, CJK punctuation, line breaks
        if (r < 0.6) text += String.fromCharCode(0x4e00 + Math.floor(rnd() * 0x5000));
        else if (r < 0.8) text += String.fromCharCode(0x20 + Math.floor(rnd() * 0x5f));
        else if (r < 0.9) text += String.fromCharCode(0xff01 + Math.floor(rnd() * 0x5e));
        else if (r < 0.97) text += '，。、；：（）《》“”'[Math.floor(rnd() * 11)] ?? '。';
        else text += '\r\n';
      }
      const bytes = iconv.encode(text, 'gb18030');
      const decoded = decodeText(bytes);
      expect(decoded.text).toBe(text);
      // pure-ASCII strings are valid UTF-8 too, and that is what they are called
      expect(decoded.encoding).toBe(/^[\x00-\x7f]*$/.test(text) ? 'utf-8' : 'gb18030');
    }
  });
});

describe('decodeText: refusals', () => {
  it('refuses random bytes of any size from 32 bytes up, never returning garbage', () => {
    const rnd = createRng(2024).next;
    for (let n = 0; n < 500; n++) {
      const size = 32 + Math.floor(rnd() * 4000);
      const bytes = new Uint8Array(size);
      for (let i = 0; i < size; i++) bytes[i] = Math.floor(rnd() * 256);
      expect(refusal(bytes).kind).toBe('binary');
    }
  });

  it('refuses random bytes even with no NUL among them', () => {
    const rnd = createRng(99).next;
    for (let n = 0; n < 300; n++) {
      const size = 64 + Math.floor(rnd() * 1000);
      const bytes = new Uint8Array(size);
      for (let i = 0; i < size; i++) bytes[i] = 1 + Math.floor(rnd() * 255);
      expect(refusal(bytes).kind).toBe('binary');
    }
  });

  it('refuses NUL bytes outside UTF-16 and says so', () => {
    const e = refusal(Buffer.concat([Buffer.from('项目名称', 'utf8'), Buffer.from([0]), Buffer.from('金额', 'utf8')]));
    expect(e.kind).toBe('binary');
    expect(e.reason).toContain('NUL');
    expect(e.reasonEn).toContain('NUL bytes');
  });

  it('refuses text that is mostly control characters, but keeps a stray one', () => {
    const noisy = Buffer.from('报告\x01\x02\x03\x04\x05\x06\x07\x08正文', 'utf8');
    expect(refusal(noisy).kind).toBe('binary');
    const stray = `${seed.slice(0, 2000)}\x07${seed.slice(2000)}`;
    expect(decodeText(Buffer.from(stray, 'utf8')).text).toBe(stray);
  });

  it('keeps layout controls: tab, vertical tab (Word soft break), form feed', () => {
    const text = '第一页\f第二页\v同一段\t单元格\n';
    expect(decodeText(Buffer.from(text, 'utf8')).text).toBe(text);
  });

  it('refuses a UTF-16 BOM followed by broken UTF-16', () => {
    const e = refusal(Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41]));
    expect(e.kind).toBe('binary');
    expect(e.reasonEn).toContain('utf-16le');
  });

  it('refuses bytes that are neither UTF-8 nor GB18030, in plain words (zh and en)', () => {
    const e = refusal(Buffer.from([0xe6, 0x8a, 0x41, 0xff, 0xfe, 0x80, 0xff]));
    expect(e.kind).toBe('binary');
    expect(e.reason).toMatch(/UTF-8.*GB18030.*另存为/);
    expect(e.reasonEn).toMatch(/neither valid UTF-8 nor valid GB18030.*save it as/);
  });
});
