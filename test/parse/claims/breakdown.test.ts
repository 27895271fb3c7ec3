import { describe, expect, it } from 'vitest';
import { findBreakdowns } from '../../../src/parse/claims/breakdown.js';
import { toHalfWidth } from '../../../src/parse/numbers.js';

const breakdowns = (text: string) =>
  findBreakdowns(toHalfWidth(text)).flatMap((f) =>
    f.claim.type === 'breakdown' ? [{ quote: text.slice(f.start, f.end), unit: f.claim.unit, value: f.claim.value }] : [],
  );

describe('breakdowns (a whole and its parts)', () => {
  it('reads 其中 parts after a total', () => {
    const text = '2023年我镇获得财政衔接资金共1206.591万元,其中:中央专项衔接资金729.976万元,省级专项衔接资金306万元,市级资金170.615万元。';
    expect(breakdowns(text)).toEqual([
      {
        quote: '2023年我镇获得财政衔接资金共1206.591万元,其中:中央专项衔接资金729.976万元,省级专项衔接资金306万元,市级资金170.615万元',
        unit: '万元',
        value: {
          whole: 1206.591,
          parts: [
            { label: '中央专项衔接资金', value: 729.976 },
            { label: '省级专项衔接资金', value: 306 },
            { label: '市级资金', value: 170.615 },
          ],
          openEnded: false,
        },
      },
    ]);
  });

  it('reads a whole stated in the sentence before 其中, and stops at a clause without an amount', () => {
    const text = '下达上级资金转移支付755.19万元。其中:中央级资金转移支付124.23万元,省级资金转移支付370.83万元,市级资金260.3万元,资金共分为10个项目,绩效目标设置。';
    const [b] = breakdowns(text);
    expect(b!.value.whole).toBe(755.19);
    expect(b!.value.parts.map((p) => p.value)).toEqual([124.23, 370.83, 260.3]);
  });

  it('reads 为 itemisations, labels with digits, and 等 as open-ended', () => {
    const text =
      '省级资金转移支付124.23万元,为桂花村美丽乡村建设25万元,对村集体组织帮助0.71万元,2023年度农村改厕项目资金(皖财农〔2022〕1115号)21.24万元;市级资金260.3万元,为奖励督查10万元,安徽省大别山区水环境生态补偿资金250万元等。';
    expect(breakdowns(text).map((b) => [b.value.whole, b.value.parts, b.value.openEnded])).toEqual([
      [124.23, [{ label: '桂花村美丽乡村建设', value: 25 }, { label: '对村集体组织帮助', value: 0.71 }, { label: '2023年度农村改厕项目资金(皖财农〔2022〕1115号)', value: 21.24 }], false],
      [260.3, [{ label: '奖励督查', value: 10 }, { label: '安徽省大别山区水环境生态补偿资金', value: 250 }], true],
    ]);
  });

  it('reads 元 parts whose labels contain a comma', () => {
    const text = '本项目共申请预算资金2026400元,其中村级组织运转400000元,村民组长,党小组长基本报酬252000元,村民监督委员会 工资28000元。';
    const [b] = breakdowns(text);
    expect(b!.unit).toBe('元');
    expect(b!.value.parts).toEqual([
      { label: '村级组织运转', value: 400000 },
      { label: '村民组长,党小组长基本报酬', value: 252000 },
      { label: '村民监督委员会 工资', value: 28000 },
    ]);
  });

  it('is not a breakdown when nothing follows the amount', () => {
    expect(breakdowns('涉及资金2735.649088万元。')).toEqual([]);
    expect(breakdowns('安排资金30万元,为全年预算的90%。')).toEqual([]);
  });
});

describe('how far a 其中 breakdown reaches', () => {
  it('stops at a new topic: a payment is not a share of the whole', () => {
    expect(breakdowns('下达资金500万元,其中管理费5万元,目前已拨付450万元。')).toEqual([]);
    expect(breakdowns('下达资金500万元,其中甲工程300万元,乙工程200万元,截至年底实际支出480万元。').map((b) => b.value.parts.map((p) => p.value))).toEqual([[300, 200]]);
  });

  it('stops at a new numbered point on the same line', () => {
    const [b, ...rest] = breakdowns('共下达资金90万元,其中:甲项目40万元,乙项目30万元,(二)丙镇道路60万元,丁桥20万元');
    expect(rest).toEqual([]);
    expect(b!.value.parts.map((p) => p.label)).toEqual(['甲项目', '乙项目']);
  });

  it('keeps parts that are numbered themselves', () => {
    expect(breakdowns('共下达资金90万元,其中:1、甲项目40万元,2、乙项目50万元。').map((b) => b.value.parts.map((p) => p.value))).toEqual([[40, 50]]);
  });
});
