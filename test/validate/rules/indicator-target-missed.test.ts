import { describe, expect, it } from 'vitest';
import { validate } from '../../../src/validate/index.js';
import { readTarget } from '../../../src/validate/rules/indicator-target-missed.js';
import { buildForm, formReport, indicator } from '../support.js';

const find = (r: ReturnType<typeof validate>) => r.findings.filter((f) => f.code === 'indicator-target-missed');
const one = (target: string | null, actual: string | null, weight: number | null, score: number | null) =>
  find(validate(formReport([buildForm({ indicators: [indicator('产出指标', '某指标', target, actual, weight, score)] })])));

describe('indicator-target-missed', () => {
  it('a numeric target missed with full marks: ≥90% vs 85%, ≤30万元 vs 32万元, =1个 vs 0个', () => {
    const [f] = one('≥90%', '85%', 10, 10);
    expect(f).toMatchObject({ severity: 'warning', expected: '≥90%', actual: '85%' });
    expect(f!.evidence[0]).toMatchObject({ kind: 'formCell', part: 'indicator', field: 'actual', text: '85%' });
    expect(one('≤30万元', '32万元', 10, 10)).toHaveLength(1);
    expect(one('=1个', '0个', 5, 5)).toHaveLength(1);
    expect(one('不低于95%', '90%', 10, 10)).toHaveLength(1);
    expect(one('95%以上', '90%', 10, 10)).toHaveLength(1);
  });

  it('says nothing when the target is met, when points were lost, or when the target is text', () => {
    expect(one('≥90%', '95%', 10, 10)).toEqual([]);
    expect(one('≥90%', '85%', 10, 8)).toEqual([]);
    expect(one('效果明显', '效果明显', 10, 10)).toEqual([]);
    expect(one('≥5亿元', '6.47亿元', 10, 10)).toEqual([]); // hb_xiangyang
    expect(one('≥11.376万元', '12万元', 10, 10)).toEqual([]); // ah_xiaoxian
  });

  it('units must match; a target without a direction is not judged; points deducted on a met target (yn_yongde, yn_lijiang) raise nothing', () => {
    expect(one('≤30万元', '320000元', 10, 10)).toEqual([]);
    expect(one('100%', '98%', 10, 10)).toEqual([]);
    expect(one('≧100%', '100%', 10, 7)).toEqual([]);
    expect(one('﹦100%', '100', 20, 19)).toEqual([]);
    expect(one('≥95%', '95', 30, 27)).toEqual([]);
    expect(one('≥95%', '90', 30, 30)).toHaveLength(1); // a bare actual is read in the target’s %
  });

  it('reads the direction from the target', () => {
    expect(readTarget('≥ 90%')).toMatchObject({ direction: 'atLeast', figure: { unit: '%' } });
    expect(readTarget('≤30万元')).toMatchObject({ direction: 'atMost', figure: { unit: '万元' } });
    expect(readTarget('＝1个')).toMatchObject({ direction: 'exact', figure: { unit: '个' } });
    expect(readTarget('≥90%以下')).toBeNull();
    expect(readTarget('≥约90%')).toBeNull();
  });
});
