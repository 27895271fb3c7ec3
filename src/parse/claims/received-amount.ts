/** Funds received: `到位资金56万元`, `资金全部到位56万元`, `105万元已全部到位`. */
import { RECEIVED_AFTER, RECEIVED_CUE } from '../lexicon-claims.js';
import { cuedAmounts } from './cued-amount.js';
import type { Found } from './found.js';

export function findReceivedAmounts(text: string): Found[] {
  return cuedAmounts(text, { before: RECEIVED_CUE, after: RECEIVED_AFTER }).map((a) => ({
    claim: { type: 'receivedAmount', value: a.value, unit: a.unit },
    start: a.clause[0],
    end: a.clause[1],
  }));
}
