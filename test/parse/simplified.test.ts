import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { SIMPLIFIED, TRADITIONAL } from '../../src/parse/lexicon-traditional.js';
import { toSimplified } from '../../src/parse/simplified.js';

describe('Traditional characters read as Simplified', () => {
  it('maps character for character, so offsets and lengths hold', () => {
    expect([...TRADITIONAL]).toHaveLength([...SIMPLIFIED].length);
    const text = '2020年度項目資金7.29萬元,鎮政府績效評價';
    const plain = toSimplified(text);
    expect(plain).toBe('2020年度项目资金7.29万元,镇政府绩效评价');
    expect(plain.length).toBe(text.length);
    const simplified = '已经是简体的文字';
    expect(toSimplified(simplified)).toBe(simplified);
  });

  it('covers the Traditional form of every character in the lexicons (checked against opencc-js)', () => {
    const toTraditional = [OpenCC.Converter({ from: 'cn', to: 'tw' }), OpenCC.Converter({ from: 'cn', to: 'hk' })];
    const back = OpenCC.Converter({ from: 't', to: 'cn' });
    const table = new Map([...TRADITIONAL].map((t, i) => [t, [...SIMPLIFIED][i]]));
    const missing: string[] = [];
    for (const file of ['src/parse/lexicon.ts', 'src/validate/lexicon.ts']) {
      const source = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
      for (const ch of new Set([...source].filter((c) => /\p{Script=Han}/u.test(c)))) {
        for (const convert of toTraditional) {
          const t = convert(ch);
          if (t !== ch && t.length === 1 && back(t) === ch && table.get(t) !== ch) missing.push(`${t}→${ch}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
