import { describe, expect, it } from 'vitest';
import { countyFromOffices, governmentNames } from '../../src/parse/place-names.js';

describe('government names', () => {
  it('finds township governments in full and the county before them or through its finance bureau', () => {
    expect(governmentNames('二(二)金寨县白塔畈镇人民政府2023年度').map((g) => [g.name, g.township, g.county])).toEqual([
      ['金寨县白塔畈镇人民政府', '白塔畈镇', '金寨县'],
    ]);
    expect(governmentNames('主管部门 219-池州市贵池区棠溪镇人民政府')[0]).toMatchObject({ name: '池州市贵池区棠溪镇人民政府', county: '贵池区' });
    expect(governmentNames('下达的神星镇人民政府本级')[0]?.name).toBe('神星镇人民政府');
    expect(governmentNames('各乡镇人民政府')).toEqual([]);
    expect(countyFromOffices('根据满城区财政局下发的通知')).toBe('满城区');
    expect(countyFromOffices('根据南县财政局《关于做好…》')).toBe('南县');
  });
});

describe('place names are bounded', () => {
  it('never runs back into a parent government, office words or a sentence', () => {
    expect(governmentNames('主管部门:北京市海淀区人民政府学院路街道办事处')[0]).toMatchObject({ name: '学院路街道办事处', township: '学院路街道' });
    expect(countyFromOffices('自觉接受县财政局监督')).toBeNull();
    expect(countyFromOffices('中共忠县县委组织部忠县财政局')).toBe('忠县');
    expect(governmentNames('根据某某某某某某县某镇人民政府')[0]?.county ?? null).toBeNull();
  });
});
