import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InOrder } from '../../src/cli/in-order.js';

describe('InOrder', () => {
  it('emits in index order whatever the arrival order, holding only early arrivals', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([...Array(30).keys()], { minLength: 30, maxLength: 30 }), (arrival) => {
        const seen: number[] = [];
        const order = new InOrder<string>((item, index) => {
          expect(item).toBe(`r${index}`);
          seen.push(index);
        });
        for (const i of arrival) {
          order.push(i, `r${i}`);
          expect(order.waiting).toBe(arrival.slice(0, arrival.indexOf(i) + 1).filter((k) => k >= seen.length).length);
        }
        expect(seen).toEqual([...Array(30).keys()]);
        expect(order.waiting).toBe(0);
      }),
    );
  });
});
