import { describe, expect, it } from 'vitest';
import { docxParts } from '../../src/ingest/docx-parts.js';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('docxParts', () => {
  const parts = docxParts(
    [
      { name: 'word/document.xml', data: encode('<old/>') },
      { name: 'a.xml', data: encode('first') },
      { name: 'a.xml', data: encode('last') },
      { name: 'img.png', data: new Uint8Array([1, 2, 3]) },
    ],
    new Map([['word/document.xml', '<new/>']]),
  );

  it('serves a rewritten part as text, and the last of two same-named entries', async () => {
    expect(await parts.read('word/document.xml', 'utf-8')).toBe('<new/>');
    expect(await parts.read('a.xml', 'utf8')).toBe('last');
  });

  it('serves bytes and base64, and says which parts exist', async () => {
    expect(await parts.read('img.png')).toEqual(new Uint8Array([1, 2, 3]));
    expect(await parts.read('img.png', 'base64')).toBe('AQID');
    expect(parts.exists('img.png')).toBe(true);
    expect(parts.exists('word/media/none.png')).toBe(false);
    await expect(parts.read('nothing.xml', 'utf-8')).rejects.toThrow(/no part/);
  });

  it('is read-only', () => {
    expect(() => parts.write('x', 'y')).toThrow(/read-only/);
  });
});
