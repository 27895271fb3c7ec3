// A table row with an empty amount, completion or score cannot be checked, and the report's totals and distribution rest on a figure nobody stated.
import type { Finding, Project, Report } from '../../model.js';
import { isNullMarker, ROW_FIELDS, tableHasRole, type RowField } from '../cells.js';
import { rowEvidence, rowsEvidence } from '../evidence.js';
import { finding } from '../finding.js';
import { listEn, listZh, rowLabelEn, rowLabelZh } from '../format.js';
import { groupBy } from '../group-by.js';
import type { Rule } from '../rule.js';
import { missingCells } from '../form-cells.js';
import { formName } from '../forms.js';

/** Empty, or a null marker such as — or /; a cell with text that is not a number is unparsed-value's case. */
function missing(row: Project, f: RowField): boolean {
  return row[f.field] === null && isNullMarker(row.raw[f.field]);
}

export const missingValue: Rule = {
  code: 'missing-value',
  severity: 'warning',
  title: { zh: '缺少数值', en: 'Missing value' },
  checks: {
    zh: '项目表中有金额、实现程度或得分列时，每一行是否都填写了；自评表有分值的指标是否填了得分、年度资金总额是否填了其中行已有的数——空缺的数值无法核对，合计与分布也失去依据。',
    en: 'Where a project table has an amount, completion or score column, every row fills it in; a form scores every weighted line and its 年度资金总额 row gives what its 其中 rows give — an empty value cannot be checked and the totals built on it have no basis.',
  },
  check(report) {
    const findings: Finding[] = [];
    // Prose lists (分别为 A、B、C) usually give names only: an absent amount there is not an omission.
    const byTable = groupBy(report.projects.filter((p) => p.tableId !== null), (p) => p.tableId);
    for (const [tableId, rows] of byTable) {
      const fields = ROW_FIELDS.filter((f) => tableHasRole(report, tableId, f.role));
      // A column empty in every row is one finding about the column, not one per row.
      const emptyColumns = fields.filter((f) => rows.length > 1 && rows.every((r) => missing(r, f)));
      for (const f of emptyColumns) findings.push(columnFinding(this, report, tableId!, f, rows));
      const perRow = fields.filter((f) => !emptyColumns.includes(f));
      for (const row of rows) {
        const absent = perRow.filter((f) => missing(row, f));
        if (absent.length === 0) continue;
        findings.push(
          finding(this, {
            message: `${rowLabelZh(row)}未填写${listZh(absent.map((f) => f.zh))}。`,
            messageEn: `${rowLabelEn(row)} has no ${listEn(absent.map((f) => f.en))}.`,
            expected: listEn(absent.map((f) => f.field)),
            actual: null,
            evidence: [rowEvidence(row)],
            details: { fields: absent.map((f) => f.field) },
          }),
        );
      }
    }
    // A form: one finding listing the blank cells where the form itself shows a figure belongs. Information only:
    // a published form is often cut short or misread (OCR, scrambled PDF text), and a blank cell contradicts
    // nothing — the checks that needed it say so in summary.checks.
    for (const form of report.forms) {
      const cells = missingCells(form);
      if (cells.length === 0) continue;
      const name = formName(form);
      findings.push(
        finding(this, {
          severity: 'info',
          message: `${name.zh}未填写${listZh(cells.map((c) => c.zh))}，需要这些数的核对未进行。`,
          messageEn: `${name.en[0]!.toUpperCase()}${name.en.slice(1)} leaves blank ${listEn(cells.map((c) => c.en))}; the checks that need them were not made.`,
          expected: listEn(cells.map((c) => c.en)),
          actual: null,
          evidence: cells.map((c) => c.evidence),
          details: { formId: form.id, cells: cells.length },
        }),
      );
    }
    return findings;
  },
};

function columnFinding(rule: Rule, report: Report, tableId: string, f: RowField, rows: readonly Project[]): Finding {
  const header = report.tables.find((t) => t.id === tableId)?.columns.find((c) => c.role === f.role)?.header ?? f.zh;
  return finding(rule, {
    message: `项目表“${header}”一列${rows.length}行全部为空。`,
    messageEn: `The project table’s “${header}” column (${f.en}) is empty in all ${rows.length} rows.`,
    expected: f.field,
    actual: null,
    evidence: rowsEvidence(rows),
    details: { tableId, fields: [f.field], column: header, rows: rows.length },
  });
}
