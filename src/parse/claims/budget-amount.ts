/** Budget figures: `预算资金700万元`, `年初预算1848.31万元`, `全年(调整)预算数3587.78万元`, `预算35. 3万元`. */
import { BUDGET_CUE, NOT_BUDGET_LEAD } from '../lexicon-claims.js';
import { cuedAmounts } from './cued-amount.js';
import type { Found } from './found.js';

export function findBudgetAmounts(text: string): Found[] {
  return cuedAmounts(text, { before: BUDGET_CUE, notBefore: NOT_BUDGET_LEAD }).map((a) => ({
    claim: { type: 'budgetAmount', value: a.value, unit: a.unit },
    start: a.clause[0],
    end: a.clause[1],
  }));
}
