/** What was spent: `实际支出425万元`, `执行数为1050万元`, `全年实际支付35.3万元`, `已拨付270万元`; not a spending category (`项目支出80万元`). */
import { EXECUTED_CUE, NOT_EXECUTED_LEAD } from '../lexicon-claims.js';
import { cuedAmounts } from './cued-amount.js';
import type { Found } from './found.js';

export function findExecutedAmounts(text: string): Found[] {
  return cuedAmounts(text, { before: EXECUTED_CUE, notBefore: NOT_EXECUTED_LEAD }).map((a) => ({
    claim: { type: 'executedAmount', value: a.value, unit: a.unit },
    start: a.clause[0],
    end: a.clause[1],
  }));
}
