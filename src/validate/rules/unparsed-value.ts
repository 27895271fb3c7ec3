// A cell with text that does not read as a number (e.g. 约12万, 12.2.1) hides a figure from every check, so the auditor must read it by hand.
import type { Finding } from '../../model.js';
import { isNullMarker, ROW_FIELDS } from '../cells.js';
import { rowEvidence } from '../evidence.js';
import { finding } from '../finding.js';
import { rowLabelEn, rowLabelZh } from '../format.js';
import type { Rule } from '../rule.js';
import { unreadableCells, unsplitRows } from '../form-cells.js';
import { formName } from '../forms.js';
import { listEn, listZh } from '../format.js';

export const unparsedValue: Rule = {
  code: 'unparsed-value',
  severity: 'warning',
  title: { zh: '无法识别的数值', en: 'Unreadable value' },
  checks: {
    zh: '金额、实现程度、得分单元格（含自评表的资金、分值、执行率、得分）有内容却不是可识别的数字——该数字无法参与核对，需人工查看。',
    en: 'An amount, completion or score cell (a form’s amounts, weights, rates and scores too) has text that does not read as a number — it escapes every check and needs a human eye.',
  },
  check(report) {
    const findings: Finding[] = [];
    for (const row of report.projects) {
      for (const f of ROW_FIELDS) {
        const raw = row.raw[f.field];
        if (row[f.field] !== null || isNullMarker(raw)) continue;
        findings.push(
          finding(this, {
            message: `${rowLabelZh(row)}的${f.zh}“${raw}”不是可识别的数字。`,
            messageEn: `${rowLabelEn(row)} has ${f.en} “${raw}”, which does not read as a number.`,
            expected: f.field,
            actual: raw,
            evidence: [rowEvidence(row)],
            details: { field: f.field },
          }),
        );
      }
    }
    // A form: one finding listing its unreadable cells (an OCR form may have many), one for its rows no reading split.
    for (const form of report.forms) {
      const name = formName(form);
      const rows = unsplitRows(form);
      if (rows.length > 0) {
        findings.push(
          finding(this, {
            message: `${name.zh}有${rows.length}行指标未能拆分成各列（文字粘连）：${listZh(rows.map((r) => `“${r.raw}”`))}；其分值、得分未能读取，所在指标组的分值与得分合计未核对，需人工查看。`,
            messageEn: `In ${name.en}, ${rows.length} indicator row${rows.length === 1 ? '' : 's'} could not be split into columns (fused text): ${listEn(rows.map((r) => `“${r.raw}”`))}; ${rows.length === 1 ? 'its' : 'their'} weight and score were not read, so the sums over ${rows.length === 1 ? 'its' : 'their'} group were not checked and need a human eye.`,
            expected: 'columns',
            actual: rows[0]!.raw,
            evidence: rows.map((r) => r.evidence),
            details: { formId: form.id, rows: rows.length },
          }),
        );
      }
      const cells = unreadableCells(form);
      if (cells.length === 0) continue;
      findings.push(
        finding(this, {
          message: `${name.zh}的${listZh(cells.map((c) => `${c.zh}“${c.raw}”`))}不是可识别的数字。`,
          messageEn: `In ${name.en}, ${listEn(cells.map((c) => `${c.en} “${c.raw}”`))} do${cells.length === 1 ? 'es' : ''} not read as a number.`,
          expected: 'number',
          actual: cells[0]!.raw,
          evidence: cells.map((c) => c.evidence),
          details: { formId: form.id, cells: cells.length },
        }),
      );
    }
    return findings;
  },
};
