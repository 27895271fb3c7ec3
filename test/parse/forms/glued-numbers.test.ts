/** A glued OCR funds cell split into its figures, and a run too long to be one row left alone. */
import { describe, expect, it } from 'vitest';
import { splitGluedFunds } from '../../../src/parse/forms/glued-numbers.js';

const columns = ['initial', 'adjusted', 'executed', 'weight', 'rate', 'score'] as const;

describe('splitGluedFunds', () => {
  it('splits a row the one way its rate and score allow', () => {
    expect(splitGluedFunds('310.2154.741050%5', ['initial', 'executed', 'weight', 'rate', 'score'])).toEqual({ initial: '310.2', executed: '154.74', weight: '10', rate: '50%', score: '5' });
  });

  it('leaves a digit run longer than six figures unread (its splits would grow as its length to the fifth power)', () => {
    // 300 digits before the % are no funds row; the search must end at once, not after minutes
    const run = Array.from({ length: 100 }, (_, i) => String((i * 7919) % 1000).padStart(3, '1')).join('');
    expect(splitGluedFunds(`${run}%5`, columns)).toBeNull();
  });

  it('still reads a row of six figures in 元 (33 characters)', () => {
    expect(splitGluedFunds('250000250000215457.61086.18%8.62', columns)).toEqual({ initial: '250000', adjusted: '250000', executed: '215457.6', weight: '10', rate: '86.18%', score: '8.62' });
  });
});
