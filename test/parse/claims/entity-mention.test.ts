import { describe, expect, it } from 'vitest';
import { findEntityMentions } from '../../../src/parse/claims/entity-mention.js';

describe('entity mentions', () => {
  it('lists every township government named in full, not county offices', () => {
    const text = '根据满城区财政局通知，神星镇人民政府与金寨县白塔畈镇人民政府';
    expect(findEntityMentions(text).map((f) => f.claim.value)).toEqual(['神星镇人民政府', '金寨县白塔畈镇人民政府']);
  });
});
