import { describe, expect, it } from 'vitest';
import { validate } from '../../../src/validate/index.js';
import { townshipOf } from '../../../src/validate/townships.js';
import { buildReport, claim, type ReportSpec } from '../support.js';

const mabu = { entity: '金寨县麻埠镇人民政府', township: '麻埠镇' };
const run = (meta: ReportSpec['meta'], ...names: string[]) =>
  validate(buildReport({ meta, claims: names.map((n) => claim.entityMention(n)) })).findings.filter((f) => f.code === 'entity-mismatch');

describe('townshipOf', () => {
  it('reads the township of a township-level body only', () => {
    expect(townshipOf('金寨县白塔畈镇人民政府')).toBe('白塔畈');
    expect(townshipOf('池州市贵池区棠溪镇人民政府')).toBe('棠溪');
    expect(townshipOf('麻埠镇')).toBe('麻埠');
    expect(townshipOf('某县新市镇人民政府')).toBe('新市');
    expect(townshipOf('城南街道办事处')).toBe('城南');
    expect(townshipOf('金寨县财政局')).toBeNull();
    expect(townshipOf('满城区人民政府')).toBeNull();
    expect(townshipOf('麻埠镇财政所')).toBeNull();
    expect(townshipOf('县乡村振兴局')).toBeNull();
  });
});

describe('entity-mismatch', () => {
  it('flags another township government named in the text (jinzhai)', () => {
    const [f, ...rest] = run(mabu, '金寨县麻埠镇人民政府', '金寨县白塔畈镇人民政府', '金寨县白塔畈镇人民政府');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'warning', expected: '金寨县麻埠镇人民政府', actual: '金寨县白塔畈镇人民政府' });
    expect(f!.evidence).toHaveLength(2);
  });

  it('does not flag superior bodies, the town itself, its own units, or a township without suffix in meta', () => {
    expect(run(mabu, '金寨县财政局', '金寨县人民政府', '麻埠镇人民政府', '麻埠镇财政所', '六安市财政局')).toEqual([]);
    expect(run({ entity: null, township: '麻埠' }, '金寨县麻埠镇人民政府')).toEqual([]);
  });

  it('says nothing when the report’s own township is unknown', () => {
    expect(run({ entity: '中共南县县委宣传部', township: null }, '某镇人民政府')).toEqual([]);
  });
});
