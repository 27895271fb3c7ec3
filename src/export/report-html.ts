/**
 * report.html: one self-contained page (inline CSS and script, no network)
 * an auditor opens by double-click. The reports travel as JSON inside
 * `<script type="application/json">` with every `<` written as `\u003c`, and
 * the page script puts report text into the DOM with textContent only, so
 * nothing a report says can become markup or script.
 *
 * The page is assembled from parts so a batch can stream it: head, the data
 * entries one by one, tail. Each entry is a slim copy of one report: the
 * overview figures, the findings and the project rows.
 */
import type { Evidence, Report } from '../model.js';
import { evidenceItemText, locationText } from './evidence-text.js';
import { findingMessage, type Lang } from './lang.js';
import { htmlText } from './report-html-text.js';

export interface HtmlEvidence {
  kind: Evidence['kind'];
  /** the quoted words, for claim and quote evidence */
  quote: string | null;
  /** table id and row, for row evidence (to highlight it) */
  tableId: string | null;
  row: number | null;
  /** the row's project name, for row evidence */
  name: string | null;
  where: string;
}

export interface HtmlEntry {
  file: string;
  /** the report's JSON, relative to report.html */
  json: string | null;
  title: string | null;
  entity: string | null;
  year: number | null;
  status: Report['summary']['status'];
  projects: number;
  errors: number;
  warnings: number;
  infos: number;
  findings: {
    code: string;
    severity: string;
    message: string;
    expected: string | number | null;
    actual: string | number | null;
    evidence: HtmlEvidence[];
  }[];
  rows: {
    tableId: string | null;
    row: number;
    department: string | null;
    name: string;
    amount: number | null;
    unit: string | null;
    completion: number | null;
    score: number | null;
  }[];
}

function htmlEvidence(e: Evidence, lang: Lang): HtmlEvidence {
  const where = locationText(e.location, lang);
  if (e.kind === 'row') return { kind: e.kind, quote: null, tableId: e.tableId, row: e.row, name: e.name, where };
  if (e.kind === 'formCell') return { kind: e.kind, quote: evidenceItemText(e, lang), tableId: null, row: null, name: null, where };
  if (e.kind === 'otherReport') return { kind: e.kind, quote: evidenceItemText(e, lang), tableId: null, row: null, name: null, where };
  return { kind: e.kind, quote: e.quote, tableId: null, row: null, name: null, where };
}

/** What an entry says about its report: everything but the file and the link to its JSON. */
export type HtmlEntryBody = Omit<HtmlEntry, 'file' | 'json'>;

export function htmlEntryBody(report: Report, lang: Lang): HtmlEntryBody {
  return {
    title: report.meta.title,
    entity: report.meta.entity,
    year: report.meta.year,
    status: report.summary.status,
    projects: report.summary.projectCount,
    errors: report.summary.errors,
    warnings: report.summary.warnings,
    infos: report.summary.infos,
    findings: report.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      message: findingMessage(f, lang),
      expected: f.expected,
      actual: f.actual,
      evidence: f.evidence.map((e) => htmlEvidence(e, lang)),
    })),
    rows: report.projects.map((p) => ({
      tableId: p.tableId,
      row: p.row,
      department: p.department,
      name: p.name,
      amount: p.amount,
      unit: p.amountUnit,
      completion: p.completion,
      score: p.score,
    })),
  };
}

export function htmlEntry(report: Report, json: string | null, lang: Lang): HtmlEntry {
  return { file: report.source.path, json, ...htmlEntryBody(report, lang) };
}

/** JSON that is safe inside a script element: no `<` can close it or open a comment. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `
:root { --err:#b3261e; --warn:#a15c00; --info:#1f5fa8; --ok:#1e7a34; --line:#d9dde3; --flag:#fff3b0; }
* { box-sizing: border-box; }
body { font-family: system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; margin: 0; color: #1d2430; background: #f6f7f9; }
header { background: #1d2f4a; color: #fff; padding: 14px 24px; }
header h1 { margin: 0 0 4px; font-size: 20px; }
#summary { font-size: 14px; opacity: .9; }
main { padding: 16px 24px; }
.controls { display: flex; gap: 16px; align-items: center; flex-wrap: wrap; margin-bottom: 10px; font-size: 14px; }
.controls select, .controls input { font: inherit; padding: 3px 6px; }
#shown { color: #566; font-size: 13px; margin-bottom: 6px; }
table { border-collapse: collapse; width: 100%; background: #fff; font-size: 14px; }
th, td { border: 1px solid var(--line); padding: 5px 8px; text-align: left; vertical-align: top; }
th { background: #eef1f5; cursor: pointer; user-select: none; white-space: nowrap; }
th.sorted-asc::after { content: " ▲"; } th.sorted-desc::after { content: " ▼"; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.report { cursor: pointer; } tr.report:hover { background: #f0f5ff; } tr.report.open { background: #e4edfb; }
.status-ok { color: var(--ok); } .status-findings { color: var(--warn); } .status-failed { color: var(--err); font-weight: bold; }
td.detail { background: #fbfcfd; padding: 12px 16px; }
.detail h3 { font-size: 15px; margin: 8px 0 6px; }
.finding { border-left: 4px solid var(--line); padding: 4px 10px; margin: 6px 0; background: #fff; }
.finding.error { border-color: var(--err); } .finding.warning { border-color: var(--warn); } .finding.info { border-color: var(--info); }
.sev { font-weight: bold; margin-right: 6px; } .sev.error { color: var(--err); } .sev.warning { color: var(--warn); } .sev.info { color: var(--info); }
.code { font-family: ui-monospace, monospace; font-size: 12px; background: #eef1f5; padding: 1px 5px; border-radius: 3px; margin-right: 6px; }
.values { color: #445; font-size: 13px; margin-top: 2px; }
blockquote { margin: 4px 0 4px 8px; padding: 2px 8px; border-left: 3px solid #c9ced6; color: #333; font-size: 13px; }
.where { color: #778; font-size: 12px; margin-left: 6px; }
.chips { display: flex; flex-wrap: wrap; gap: 4px; margin: 4px 0 2px; }
.chip { font-size: 12px; background: var(--flag); border: 1px solid #e6d77a; border-radius: 3px; padding: 0 5px; }
table.projects { font-size: 13px; margin-top: 4px; }
table.projects th { cursor: default; }
table.projects tr.flag td { background: var(--flag); }
.note { color: #667; font-size: 12px; }
`;

const SCRIPT = `
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('jixiao-data').textContent);
  var T = JSON.parse(document.getElementById('jixiao-text').textContent);
  var state = { key: null, dir: 1, severity: '', code: '', search: '', open: {} };
  var columns = [
    { key: 'file', label: T.file },
    { key: 'entity', label: T.entity },
    { key: 'year', label: T.year, num: true },
    { key: 'projects', label: T.projects, num: true },
    { key: 'errors', label: T.errors, num: true },
    { key: 'warnings', label: T.warnings, num: true },
    { key: 'infos', label: T.infos, num: true },
    { key: 'status', label: T.status }
  ];
  data.forEach(function (d, i) { d.index = i; });

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function fill(template, values) {
    return template.replace(/\\{(\\w+)\\}/g, function (_, k) { return String(values[k]); });
  }
  function findingMatches(f) {
    return (!state.severity || f.severity === state.severity) && (!state.code || f.code === state.code);
  }
  function visible(d) {
    if (state.search) {
      var hay = (d.file + ' ' + (d.entity || '') + ' ' + (d.title || '')).toLowerCase();
      if (hay.indexOf(state.search.toLowerCase()) < 0) return false;
    }
    if (!state.severity && !state.code) return true;
    return d.findings.some(findingMatches);
  }
  function compare(a, b) {
    if (!state.key) return a.index - b.index;
    var x = a[state.key], y = b[state.key];
    if (x === y) return a.index - b.index;
    if (x === null || x === undefined) return 1;
    if (y === null || y === undefined) return -1;
    var c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh');
    return c * state.dir;
  }

  function summary() {
    var t = { reports: data.length, projects: 0, errors: 0, warnings: 0, infos: 0, failed: 0 };
    data.forEach(function (d) {
      t.projects += d.projects; t.errors += d.errors; t.warnings += d.warnings; t.infos += d.infos;
      if (d.status === 'failed') t.failed += 1;
    });
    document.getElementById('summary').textContent = fill(T.summaryLine, t);
  }

  function controls() {
    var sev = document.getElementById('severity');
    ['', 'error', 'warning', 'info'].forEach(function (s) {
      var o = el('option', null, s ? T['severity.' + s] : T.all); o.value = s; sev.appendChild(o);
    });
    sev.addEventListener('change', function () { state.severity = sev.value; render(); });
    var codes = {};
    data.forEach(function (d) { d.findings.forEach(function (f) { codes[f.code] = true; }); });
    var code = document.getElementById('code');
    [''].concat(Object.keys(codes).sort()).forEach(function (c) {
      var o = el('option', null, c || T.all); o.value = c; code.appendChild(o);
    });
    code.addEventListener('change', function () { state.code = code.value; render(); });
    var search = document.getElementById('search');
    search.placeholder = T.search;
    search.addEventListener('input', function () { state.search = search.value; render(); });
  }

  function head() {
    var tr = document.querySelector('#reports thead tr');
    columns.forEach(function (c) {
      var th = el('th', null, c.label);
      th.dataset.key = c.key;
      th.addEventListener('click', function () {
        if (state.key === c.key) state.dir = -state.dir; else { state.key = c.key; state.dir = 1; }
        render();
      });
      tr.appendChild(th);
    });
  }

  function rowChip(e) {
    var chip = el('span', 'chip', (e.tableId ? e.tableId + ' ' : '') + T.row + ' ' + e.row + ' · ' + (e.name || ''));
    if (e.where) chip.title = e.where;
    return chip;
  }

  function quoteNode(e) {
    var q = el('blockquote', null, e.quote);
    if (e.where) q.appendChild(el('span', 'where', e.where));
    return q;
  }

  function detail(d) {
    var td = el('td', 'detail');
    td.colSpan = columns.length;
    if (d.title) td.appendChild(el('div', null, d.title));
    if (d.json) {
      var a = el('a', null, T.openJson); a.href = d.json; td.appendChild(a);
    }
    td.appendChild(el('h3', null, T.findings));
    var shown = d.findings.filter(findingMatches);
    if (shown.length === 0) td.appendChild(el('div', 'note', T.noFindings));
    shown.forEach(function (f) {
      var box = el('div', 'finding ' + f.severity);
      box.appendChild(el('span', 'sev ' + f.severity, T['severity.' + f.severity] || f.severity));
      box.appendChild(el('span', 'code', f.code));
      box.appendChild(el('span', 'message', f.message));
      if (f.expected !== null || f.actual !== null) {
        box.appendChild(el('div', 'values', T.expected + ': ' + (f.expected === null ? '—' : f.expected) + ' · ' + T.actual + ': ' + (f.actual === null ? '—' : f.actual)));
      }
      f.evidence.forEach(function (e) { if (e.kind !== 'row') box.appendChild(quoteNode(e)); });
      var chips = f.evidence.filter(function (e) { return e.kind === 'row'; });
      if (chips.length) {
        var line = el('div', 'chips');
        chips.forEach(function (e) { line.appendChild(rowChip(e)); });
        box.appendChild(line);
      }
      td.appendChild(box);
    });
    td.appendChild(el('h3', null, T.projectTable));
    if (d.rows.length === 0) { td.appendChild(el('div', 'note', T.noProjects)); return td; }
    var flagged = {};
    d.findings.forEach(function (f) {
      f.evidence.forEach(function (e) { if (e.kind === 'row') flagged[(e.tableId || '') + '#' + e.row] = true; });
    });
    var t = el('table', 'projects');
    var hr = el('tr');
    [T.table, T.row, T.department, T.name, T.amount, T.unit, T.completion, T.score].forEach(function (h) { hr.appendChild(el('th', null, h)); });
    var thead = el('thead'); thead.appendChild(hr); t.appendChild(thead);
    var body = el('tbody');
    d.rows.forEach(function (r) {
      var tr = el('tr', flagged[(r.tableId || '') + '#' + r.row] ? 'flag' : null);
      [[r.tableId, false], [r.row, true], [r.department, false], [r.name, false], [r.amount, true], [r.unit, false], [r.completion, true], [r.score, true]]
        .forEach(function (c) { tr.appendChild(el('td', c[1] ? 'num' : null, c[0] === null ? '' : c[0])); });
      body.appendChild(tr);
    });
    t.appendChild(body);
    td.appendChild(t);
    td.appendChild(el('div', 'note', T.flagged));
    return td;
  }

  function render() {
    document.querySelectorAll('#reports th').forEach(function (th) {
      th.className = th.dataset.key === state.key ? (state.dir > 0 ? 'sorted-asc' : 'sorted-desc') : '';
    });
    var body = document.querySelector('#reports tbody');
    body.textContent = '';
    var rows = data.filter(visible).sort(compare);
    rows.forEach(function (d) {
      var tr = el('tr', 'report' + (state.open[d.index] ? ' open' : ''));
      tr.dataset.index = d.index;
      columns.forEach(function (c) {
        var v = d[c.key];
        var text = c.key === 'status' ? T['status.' + v] : v;
        var td = el('td', c.num ? 'num' : (c.key === 'status' ? 'status-' + v : null), text === null ? '' : text);
        tr.appendChild(td);
      });
      tr.addEventListener('click', function () { state.open[d.index] = !state.open[d.index]; render(); });
      body.appendChild(tr);
      if (state.open[d.index]) {
        var dr = el('tr', 'detail-row');
        dr.appendChild(detail(d));
        body.appendChild(dr);
      }
    });
    document.getElementById('shown').textContent = fill(T.shown, { n: rows.length, total: data.length });
  }

  summary(); controls(); head(); render();
})();
`;

/** Everything before the data entries. */
export function reportHtmlHead(lang: Lang): string {
  const t = htmlText(lang);
  return `<!DOCTYPE html>
<html lang="${lang === 'en' ? 'en' : 'zh-CN'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>${escapeHtml(t.pageTitle)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${escapeHtml(t.pageTitle)}</h1><div id="summary"></div></header>
<main>
<div class="controls">
<label>${escapeHtml(t.severity)} <select id="severity"></select></label>
<label>${escapeHtml(t.code)} <select id="code"></select></label>
<input id="search" type="search">
</div>
<div id="shown"></div>
<table id="reports"><thead><tr></tr></thead><tbody></tbody></table>
</main>
<script type="application/json" id="jixiao-text">${scriptJson(t)}</script>
<script type="application/json" id="jixiao-data">[`;
}

/** One entry of the data array; the caller puts `,` between entries. */
export function reportHtmlEntryText(entry: HtmlEntry): string {
  return scriptJson(entry);
}

/**
 * The same text as `reportHtmlEntryText`, from a body already turned into
 * script JSON elsewhere (a worker): the link to the report's JSON is known
 * only when it is written, as names under reports/ are handed out in order.
 * JSON of an object is its members' JSON in key order, and scriptJson's
 * escapes are per character, so joining the parts gives the same bytes.
 */
export function linkedHtmlEntryText(file: string, json: string | null, bodyText: string): string {
  const head = `{"file":${scriptJson(file)},"json":${scriptJson(json)}`;
  return bodyText === '{}' ? `${head}}` : `${head},${bodyText.slice(1)}`;
}

/** Everything after the data entries; `extra` is static HTML shown below the table (the skipped files). */
export function reportHtmlTail(extra = ''): string {
  return `]</script>
${extra}<script>${SCRIPT}</script>
</body>
</html>
`;
}

/** The whole page at once, for a handful of reports (a batch streams the same parts instead). */
export function renderReportHtml(entries: readonly HtmlEntry[], lang: Lang): string {
  return reportHtmlHead(lang) + entries.map(reportHtmlEntryText).join(',\n') + reportHtmlTail();
}
