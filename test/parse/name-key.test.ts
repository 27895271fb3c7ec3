import { describe, expect, it, vi } from 'vitest';
import { keyTokens, nameKey } from '../../src/parse/name-key.js';

// nodejieba as is, with its cuts counted
const cuts = vi.hoisted(() => ({ count: 0 }));
vi.mock('nodejieba', async (importOriginal) => {
  const real = (await importOriginal<{ default: { load(): void; cut(text: string): string[] } }>()).default;
  return {
    default: {
      ...real,
      cut: (text: string) => {
        cuts.count += 1;
        return real.cut(text);
      },
    },
  };
});

describe('project name keys', () => {
  it('gives the same key to the same project across years and tags', () => {
    expect(nameKey('2022年村党组织活动经费')).toBe(nameKey('村党组织活动经费'));
    expect(nameKey('2022年服务群众专项经费')).toBe(nameKey('服务群众专项经费'));
    expect(nameKey('2019-2020年综改资金项目')).toBe(nameKey('综改资金项目'));
    expect(nameKey('2023年度美丽乡村建设项目')).toBe(nameKey('美丽乡村建设项目'));
    expect(nameKey('[综]私挖盗采点现场勘测费用')).toBe(nameKey('私挖盗采点现场勘测费用'));
    expect(nameKey('（预）私挖盗采点勘测费用')).toBe(nameKey('私挖盗采点勘测费用'));
    expect(nameKey('[预]付拍卖砂石费用')).toBe(nameKey('付拍卖砂石费用'));
    expect(nameKey('村级 办公经费。')).toBe(nameKey('村级办公经费'));
  });

  it('keeps different projects apart and compares word by word', () => {
    expect(nameKey('村级办公经费')).not.toBe(nameKey('村党组织活动经费'));
    const tokens = keyTokens(nameKey('村党组织活动经费'));
    expect(tokens.length).toBeGreaterThan(1);
    expect(tokens.join('')).toBe('村党组织活动经费');
    // digits stay one token
    expect(keyTokens(nameKey('农业生产发展资金(满财【2022】63号'))).toContain('63');
  });
});

describe('name key cost', () => {
  it('cuts each distinct Chinese run once, however many rows repeat it', () => {
    const before = cuts.count;
    const keys = Array.from({ length: 2000 }, (_, i) => nameKey(`第${i + 1}号村道路硬化工程（二期）`));
    // 第, 号村道路硬化工程 and 二期 once each, not once per row
    expect(cuts.count - before).toBeLessThanOrEqual(3);
    expect(new Set(keys).size).toBe(2000);
    expect(keys[0]).toBe(nameKey('第1号村道路硬化工程（二期）'));
  });
});
