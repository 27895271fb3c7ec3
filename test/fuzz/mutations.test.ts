// The mutators must really mutate (else the fuzz suite proves nothing) and keep what they promise to keep.
import { describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { seedDocx, seedText } from './fixtures.js';
import {
  flipInsideEntry, fullWidthDigits, injectChars, mapDocumentXml, mapXmlText, reorderDocxRows, reorderTextRows, splitNumbers, truncateEntry,
} from './mutations.js';
import { entryText, readZip } from './zip.js';

const sorted = (xs: string[]) => [...xs].sort();

describe('mutators', () => {
  it('reorders the seed table rows and keeps every row', () => {
    const mutant = reorderTextRows(seedText, [1, 5, 2, 9]);
    expect(mutant).not.toBe(seedText);
    expect(sorted(mutant.split('\n'))).toEqual(sorted(seedText.split('\n')));
  });

  it('splits numbers and widens digits without touching other text', () => {
    expect(splitNumbers('资金2735.649088万元', [0])).toMatch(/^资金2[ ,，\u00A0]|^资金27[ ,，]/);
    expect(splitNumbers('资金2735万元', [3])).not.toBe('资金2735万元');
    expect(fullWidthDigits('24个', [0, 1])).toBe('２４个');
    expect(injectChars('abc', [{ at: 1, char: '\u200B' }])).toBe('a\u200Bbc');
  });

  it('edits only the text of XML, escaping what it injects', () => {
    const xml = '<w:t>12 &amp; 34</w:t><w:t xml:space="preserve">5</w:t>';
    expect(mapXmlText(xml, (t) => t.replace(/1/g, '<'))).toBe('<w:t>&lt;2 &amp; 34</w:t><w:t xml:space="preserve">5</w:t>');
  });

  it('re-zips a docx so mammoth still reads it, and the XML mutations reach the text', async () => {
    const docx = await seedDocx();
    const original = await mammoth.extractRawText({ buffer: docx });
    const widened = mapDocumentXml(docx, (xml) => mapXmlText(xml, (t) => fullWidthDigits(t, [0, 1, 2, 3, 4, 5])));
    const read = await mammoth.extractRawText({ buffer: widened });
    expect(read.value).not.toBe(original.value);
    expect(read.value).toMatch(/[０-９]/);
    const reordered = mapDocumentXml(docx, (xml) => reorderDocxRows(xml, [2, 7]));
    expect((await mammoth.extractRawText({ buffer: reordered })).value).not.toBe(original.value);
  });

  it('damages the chosen entry and leaves the zip directory valid', async () => {
    const docx = await seedDocx();
    const flipped = flipInsideEntry(docx, 0, [{ at: 100, xor: 0x20 }]);
    expect(readZip(flipped).map((e) => e.name)).toEqual(readZip(docx).map((e) => e.name));
    expect(entryText(flipped, 'word/document.xml')).not.toBe(entryText(docx, 'word/document.xml'));
    const cut = truncateEntry(docx, 0, 0.5);
    expect(entryText(cut, 'word/document.xml').length).toBeLessThan(entryText(docx, 'word/document.xml').length);
  });
});
