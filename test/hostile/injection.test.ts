// Project names that are spreadsheet formulas or HTML stay data: verbatim in the report JSON,
// neutralised in every CSV cell, escaped in report.html (through the real CLI with --out).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tableLines } from '../../bench/render-text.js';
import { checkBytes } from '../../src/pipeline.js';
import { expectPlainOutcome } from '../fuzz/outcome.js';
import { cliBuilt, readCsv, runCheck, tempDir } from './run-cli.js';

const FORMULAS = ['=HYPERLINK("http://evil.example/x","点此")', '+1', '-2+3', '@SUM(A1:A9)', '=1+2'];
const HTML = ['<script>alert(1)</script>', '<img src=x onerror=alert(2)>', '"><svg onload=alert(3)>'];
const NAMES = [...FORMULAS, ...HTML];

function hostileReport(): string {
  const header = ['部门名称', '项目名称', '资金数额（万元）', '实现程度（%）', '自评得分'];
  const rows = NAMES.map((name, i) => ['神星镇人民政府本级', name, `${i + 1}.5`, '100%', '100']);
  return [
    '2022年度神星镇人民政府（部门）整体绩效自评工作报告',
    '一、绩效自评工作组织开展情况',
    `2022年本部门管理的预算项目${NAMES.length}个，涉及资金${NAMES.reduce((s, _, i) => s + i + 1.5, 0)}万元。`,
    '具体完成情况如下：',
    ...tableLines([header, ...rows], 'pipe'),
    '',
  ].join('\n');
}

const FORMULA_START = /^[=+@\t\r]/;
const PLAIN_NUMBER = /^-\d+(\.\d+)?$/;

describe('hostile: formula and HTML project names', () => {
  it('keeps the names verbatim in the report (JSON is data; neutralising is the writers’ job)', async () => {
    const report = await checkBytes('hostile-names.txt', Buffer.from(hostileReport(), 'utf8'));
    expectPlainOutcome(report);
    expect(report.projects.map((p) => p.name)).toEqual(NAMES);
  });

  it.skipIf(!cliBuilt)('neutralises them in every CSV and escapes them in report.html', () => {
    const dir = tempDir('names-in');
    writeFileSync(path.join(dir, 'hostile-names.txt'), hostileReport());
    const out = tempDir('names-out');
    const run = runCheck([dir], out);
    expect(run.status, run.stderr).toBe(0);

    const projects = readCsv(path.join(out, 'projects.csv'));
    for (const name of NAMES) {
      // present (not dropped), with at most a leading apostrophe added
      expect(projects.some((row) => row.name === name || row.name === `'${name}`), name).toBe(true);
    }
    for (const file of readdirSync(out).filter((f) => f.endsWith('.csv'))) {
      for (const row of readCsv(path.join(out, file))) {
        for (const [column, cell] of Object.entries(row)) {
          expect(FORMULA_START.test(cell), `${file} ${column}: ${cell}`).toBe(false);
          if (cell.startsWith('-')) expect(cell, `${file} ${column}`).toMatch(PLAIN_NUMBER);
        }
      }
    }

    const html = readFileSync(path.join(out, 'report.html'), 'utf8');
    for (const payload of HTML) expect(html).not.toContain(payload);
    expect(html).not.toMatch(/<img[^>]*onerror/i);
    expect(html).not.toMatch(/<svg[^>]*onload/i);
    // shown as text, not dropped: escaped as an entity or as a JSON \u003c escape
    expect(html).toMatch(/&lt;script&gt;alert\(1\)|\\u003cscript>alert\(1\)|\\u003cscript\\u003ealert\(1\)/);
  });
});
