/** The cuts of a glued digit run into figures: bounded, so no OCR run can stall a file. */
import { describe, expect, it } from 'vitest';
import { agreedGluedFunds } from '../../../src/parse/forms/glued-funds-agreed.js';
import { cuts, gluedFundsRun } from '../../../src/parse/forms/glued-run.js';

const FIGURE = /^[1-9]\d*(\.\d{1,4})?$/;

describe('glued runs', () => {
  it('cuts a run into every sequence of at most n figures', () => {
    expect([...cuts('123', 2, FIGURE)]).toEqual([['123'], ['1', '23'], ['12', '3']]);
    expect([...cuts('105', 3, FIGURE)]).toEqual([['105'], ['10', '5']]);
  });

  it('never makes a figure longer than 14 characters', () => {
    expect([...cuts('1'.repeat(15), 1, FIGURE)]).toEqual([]);
    expect([...cuts('1'.repeat(15), 2, FIGURE)].every((c) => c.every((f) => f.length <= 14))).toBe(true);
  });

  it('takes no run longer than six figures as a funds cell', () => {
    expect(gluedFundsRun('310.2154.741050%5')).toEqual({ digits: '310.2154.741050', after: '5' });
    expect(gluedFundsRun(`${'1'.repeat(85)}%5`)).toBeNull();
  });

  it('a cell that lost a blank still reads what every reading agrees on, and a 300-digit run reads nothing', () => {
    expect(agreedGluedFunds('303010100%', ['adjusted', 'executed', 'weight', 'rate', 'score'])).toEqual({ adjusted: '30', executed: '30', weight: '10', rate: '100%' });
    // unbounded, the cuts of this run are 2^299: the search must end at once
    const run = Array.from({ length: 300 }, (_, i) => String((i * 7) % 9 + 1)).join('');
    expect(agreedGluedFunds(`${run}%5`, ['initial', 'adjusted', 'executed', 'weight', 'rate', 'score'])).toBeNull();
  });
});
