/**
 * A single-project form's project as the report's one project row (name and
 * budget: the 年度资金总额 row's 全年预算数, or its 年初预算数), so the project
 * lists (projects.csv) cover forms too.
 */
import { parseDecimal, toNumber } from '../../decimal.js';
import type { Form, Project } from '../../model.js';
import { nameKey } from '../name-key.js';
import { toHalfWidth, toYuan } from '../numbers.js';

export function formProject(form: Form): Project | null {
  if (form.kind !== 'project' || form.projectName === null) return null;
  const total = form.funds.find((f) => f.role === 'total');
  const rawAmount = total ? (total.adjusted !== null ? total.raw.adjusted : total.initial !== null ? total.raw.initial : null) : null;
  const amount = total ? (total.adjusted ?? total.initial) : null;
  const decimal = rawAmount === null ? null : parseDecimal(toHalfWidth(rawAmount).replace(/,/g, '').replace(/(万元|萬元|元)$/, ''));
  const unit = amount === null ? null : form.unit;
  return {
    tableId: null,
    row: 1,
    department: form.department,
    name: form.projectName,
    nameKey: nameKey(form.projectName),
    amount,
    amountUnit: unit,
    amountYuan: decimal && unit ? toNumber(toYuan(decimal, unit)) : null,
    completion: null,
    score: form.total?.score ?? null,
    raw: { amount: rawAmount, completion: null, score: form.total?.raw.score ?? null },
    location: form.location,
  };
}
