/**
 * report.html: one self-contained page (inline CSS and script, no network)
 * an auditor opens by double-click. The reports travel as JSON inside
 * `<script type="application/json">` with every `<` written as `\u003c`, and
 * the page script puts report text into the DOM with textContent only, so
 * nothing a report says can become markup or script.
 *
 * The page is assembled from parts so a batch can stream it: head, the data
 * entries one by one, tail. Each entry is a slim copy of one report: the
 * overview figures, the findings, the project rows and the forms.
 *
 * Above the table a dashboard counts the whole batch (reports by status,
 * findings by code and by county) in inline SVG bar charts; a bar filters the
 * table. Only one page of the table is in the DOM at a time, so a batch of
 * 20,000 reports opens at once.
 */
import type { Evidence, Form, Report } from '../model.js';
import { evidenceItemText, locationText } from './evidence-text.js';
import { findingMessage, type Lang } from './lang.js';
import { checksText } from './lexicon-checks.js';
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
  /** for formCell evidence: which cell of which form (to highlight it) */
  cell?: { formId: string; part: string; index: number; field: string };
}

/** A form as the page shows it: the cells as written (numbers only where nothing was written). */
export interface HtmlForm {
  id: string;
  kind: Form['kind'];
  projectName: string | null;
  department: string | null;
  implementer: string | null;
  unit: string | null;
  funds: { label: string; cells: (string | null)[] }[];
  indicators: { level1: string | null; level2: string | null; name: string; target: string | null; actual: string | null; weight: string | null; score: string | null; note: string | null }[];
  groups: { name: string; level: 1 | 2; weight: number }[];
  total: { weight: string | null; score: string | null } | null;
}

/** The funds columns in the order of the form: 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分. */
export const FUNDS_FIELDS = ['initial', 'adjusted', 'executed', 'weight', 'rate', 'score'] as const;

export interface HtmlEntry {
  file: string;
  /** the report's JSON, relative to report.html */
  json: string | null;
  title: string | null;
  entity: string | null;
  county: string | null;
  year: number | null;
  status: Report['summary']['status'];
  /** which comparing rules ran and why the others could not, in words */
  checks: string;
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
  forms: HtmlForm[];
}

function htmlEvidence(e: Evidence, lang: Lang): HtmlEvidence {
  const where = locationText(e.location, lang);
  if (e.kind === 'row') return { kind: e.kind, quote: null, tableId: e.tableId, row: e.row, name: e.name, where };
  if (e.kind === 'formCell') {
    return { kind: e.kind, quote: evidenceItemText(e, lang), tableId: null, row: null, name: null, where, cell: { formId: e.formId, part: e.part, index: e.index, field: e.field } };
  }
  if (e.kind === 'otherReport') return { kind: e.kind, quote: evidenceItemText(e, lang), tableId: null, row: null, name: null, where };
  return { kind: e.kind, quote: e.quote, tableId: null, row: null, name: null, where };
}

const shown = (raw: string | null, value: number | null): string | null => raw ?? (value === null ? null : String(value));

function htmlForm(form: Form): HtmlForm {
  return {
    id: form.id,
    kind: form.kind,
    projectName: form.projectName,
    department: form.department,
    implementer: form.implementer,
    unit: form.unit,
    funds: form.funds.map((r) => ({ label: r.label, cells: FUNDS_FIELDS.map((f) => shown(r.raw[f], r[f])) })),
    indicators: form.indicators.map((i) => ({
      level1: i.level1,
      level2: i.level2,
      name: i.name,
      target: i.target,
      actual: i.actual,
      weight: shown(i.raw.weight, i.weight),
      score: shown(i.raw.score, i.score),
      note: i.note,
    })),
    groups: form.groups.map((g) => ({ name: g.name, level: g.level, weight: g.weight })),
    total: form.total ? { weight: shown(form.total.raw.weight, form.total.weight), score: shown(form.total.raw.score, form.total.score) } : null,
  };
}

/** What an entry says about its report: everything but the file and the link to its JSON. */
export type HtmlEntryBody = Omit<HtmlEntry, 'file' | 'json'>;

export function htmlEntryBody(report: Report, lang: Lang): HtmlEntryBody {
  return {
    title: report.meta.title,
    entity: report.meta.entity,
    county: report.meta.county,
    year: report.meta.year,
    status: report.summary.status,
    checks: checksText(report.summary.checks, lang),
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
    forms: report.forms.map(htmlForm),
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
:root { --err:#b3261e; --warn:#a15c00; --info:#1f5fa8; --ok:#1e7a34; --unchecked:#5b6270; --line:#d9dde3; --flag:#fff3b0; }
* { box-sizing: border-box; }
body { font-family: system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; margin: 0; color: #1d2430; background: #f6f7f9; }
header { background: #1d2f4a; color: #fff; padding: 14px 24px; }
header h1 { margin: 0 0 4px; font-size: 20px; }
#summary { font-size: 14px; opacity: .9; }
main { padding: 16px 24px; }
#dashboard { display: flex; flex-wrap: wrap; gap: 16px; margin-bottom: 14px; }
.chart { background: #fff; border: 1px solid var(--line); border-radius: 4px; padding: 8px 12px; }
.chart h2 { font-size: 14px; margin: 0 0 4px; }
.chart .hint { color: #778; font-size: 11px; margin-bottom: 4px; }
.chart svg { display: block; font-size: 12px; }
.chart g.bar-row { cursor: pointer; }
.chart g.bar-row:hover rect.bar { opacity: .8; }
.chart rect.bar { fill: #6b8cc7; } .chart rect.bar.active { stroke: #1d2430; stroke-width: 2; }
.chart rect.bar.s-ok { fill: var(--ok); } .chart rect.bar.s-findings { fill: var(--warn); } .chart rect.bar.s-unchecked { fill: var(--unchecked); } .chart rect.bar.s-failed { fill: var(--err); }
.controls { display: flex; gap: 16px; align-items: center; flex-wrap: wrap; margin-bottom: 10px; font-size: 14px; }
.controls select, .controls input, .controls button, #pager button { font: inherit; padding: 3px 6px; }
#shown { color: #566; font-size: 13px; margin-bottom: 6px; display: flex; gap: 12px; align-items: center; }
table { border-collapse: collapse; width: 100%; background: #fff; font-size: 14px; }
th, td { border: 1px solid var(--line); padding: 5px 8px; text-align: left; vertical-align: top; }
th { background: #eef1f5; cursor: pointer; user-select: none; white-space: nowrap; }
th.sorted-asc::after { content: " ▲"; } th.sorted-desc::after { content: " ▼"; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.report { cursor: pointer; } tr.report:hover { background: #f0f5ff; } tr.report.open { background: #e4edfb; }
.status-ok { color: var(--ok); } .status-findings { color: var(--warn); } .status-failed { color: var(--err); font-weight: bold; }
.status-unchecked { color: var(--unchecked); font-style: italic; background: repeating-linear-gradient(45deg, #fff, #fff 6px, #f1f2f4 6px, #f1f2f4 12px); }
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
table.projects, table.form { font-size: 13px; margin-top: 4px; }
table.projects th, table.form th { cursor: default; white-space: normal; }
table.projects tr.flag td, table.form td.flag { background: var(--flag); outline: 2px solid #e0b400; outline-offset: -2px; }
table.form td.group { background: #f4f6f9; font-weight: 600; }
.form-meta { font-size: 13px; color: #445; }
.note { color: #667; font-size: 12px; }
.checks { color: #556; font-size: 12px; margin: 4px 0; }
`;

const SCRIPT = `
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('jixiao-data').textContent);
  var T = JSON.parse(document.getElementById('jixiao-text').textContent);
  var FUNDS = ${JSON.stringify(FUNDS_FIELDS)};
  var STATUSES = ['ok', 'findings', 'unchecked', 'failed'];
  var PAGE = 100;
  var SVG = 'http://www.w3.org/2000/svg';
  var state = { key: null, dir: 1, severity: '', code: '', status: '', county: null, search: '', open: {}, page: 0 };
  var columns = [
    { key: 'file', label: T.file },
    { key: 'entity', label: T.entity },
    { key: 'county', label: T.county },
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
  function svg(tag, attrs, text) {
    var e = document.createElementNS(SVG, tag);
    for (var k in attrs) e.setAttribute(k, attrs[k]);
    if (text !== undefined) e.textContent = String(text);
    return e;
  }
  function fill(template, values) {
    return template.replace(/\\{(\\w+)\\}/g, function (_, k) { return String(values[k]); });
  }
  function countyOf(d) { return d.county || ''; }
  function countyLabel(k) { return k || T.unknownCounty; }
  function findingMatches(f) {
    return (!state.severity || f.severity === state.severity) && (!state.code || f.code === state.code);
  }
  function visible(d) {
    if (state.search) {
      var hay = (d.file + ' ' + (d.entity || '') + ' ' + (d.title || '')).toLowerCase();
      if (hay.indexOf(state.search.toLowerCase()) < 0) return false;
    }
    if (state.status && d.status !== state.status) return false;
    if (state.county !== null && countyOf(d) !== state.county) return false;
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
    var t = { reports: data.length, projects: 0, errors: 0, warnings: 0, infos: 0, unchecked: 0, failed: 0 };
    data.forEach(function (d) {
      t.projects += d.projects; t.errors += d.errors; t.warnings += d.warnings; t.infos += d.infos;
      if (d.status === 'failed') t.failed += 1;
      if (d.status === 'unchecked') t.unchecked += 1;
    });
    document.getElementById('summary').textContent = fill(T.summaryLine, t);
  }

  // ── dashboard: three bar charts over the whole batch; a bar filters the table ──
  var charts = {};
  function tally() {
    var byStatus = {}, byCode = {}, byCounty = {};
    STATUSES.forEach(function (s) { byStatus[s] = 0; });
    data.forEach(function (d) {
      byStatus[d.status] = (byStatus[d.status] || 0) + 1;
      d.findings.forEach(function (f) { byCode[f.code] = (byCode[f.code] || 0) + 1; });
      if (d.findings.length) byCounty[countyOf(d)] = (byCounty[countyOf(d)] || 0) + d.findings.length;
    });
    function sorted(o) {
      return Object.keys(o).map(function (k) { return { key: k, count: o[k] }; })
        .sort(function (a, b) { return b.count - a.count || (a.key < b.key ? -1 : 1); });
    }
    return {
      status: STATUSES.map(function (s) { return { key: s, label: T['status.' + s], count: byStatus[s], cls: 's-' + s }; }),
      code: sorted(byCode).map(function (x) { x.label = x.key; return x; }),
      county: sorted(byCounty).map(function (x) { x.label = countyLabel(x.key); return x; })
    };
  }
  function chart(name, title, items) {
    var box = el('div', 'chart');
    box.dataset.chart = name;
    box.appendChild(el('h2', null, title));
    box.appendChild(el('div', 'hint', T.chartHint));
    var rowH = 20, labelW = 150, barW = 220;
    var max = items.reduce(function (m, x) { return Math.max(m, x.count); }, 0) || 1;
    var s = svg('svg', { width: labelW + barW + 60, height: Math.max(1, items.length) * rowH + 4, role: 'img' });
    items.forEach(function (x, i) {
      var g = svg('g', { 'class': 'bar-row', 'data-key': x.key, 'data-count': x.count });
      var y = i * rowH + 2;
      var label = x.label.length > 18 ? x.label.slice(0, 17) + '…' : x.label;
      g.appendChild(svg('title', {}, x.label + ': ' + x.count));
      g.appendChild(svg('text', { x: labelW - 6, y: y + 14, 'text-anchor': 'end' }, label));
      g.appendChild(svg('rect', { 'class': 'bar ' + (x.cls || ''), x: labelW, y: y + 3, height: rowH - 6, width: Math.max(x.count > 0 ? 2 : 0, Math.round(barW * x.count / max)), 'data-key': x.key, 'data-count': x.count }));
      g.appendChild(svg('text', { 'class': 'count', x: labelW + Math.round(barW * x.count / max) + 6, y: y + 14 }, x.count));
      g.addEventListener('click', function () { pick(name, x.key); });
      s.appendChild(g);
    });
    box.appendChild(s);
    charts[name] = s;
    return box;
  }
  function dashboard() {
    var t = tally();
    var host = document.getElementById('dashboard');
    host.appendChild(chart('status', T.chartStatus, t.status));
    host.appendChild(chart('code', T.chartCodes, t.code));
    host.appendChild(chart('county', T.chartCounties, t.county));
  }
  function pick(name, key) {
    if (name === 'status') state.status = state.status === key ? '' : key;
    if (name === 'code') { state.code = state.code === key ? '' : key; document.getElementById('code').value = state.code; }
    if (name === 'county') state.county = state.county === key ? null : key;
    syncSelects();
    state.page = 0;
    render();
  }
  function syncSelects() {
    document.getElementById('status').value = state.status;
    document.getElementById('county').value = state.county === null ? '*' : state.county;
  }
  function markBars() {
    var active = { status: state.status, code: state.code, county: state.county };
    Object.keys(charts).forEach(function (name) {
      charts[name].querySelectorAll('rect.bar').forEach(function (r) {
        r.classList.toggle('active', active[name] !== null && active[name] !== '' && r.getAttribute('data-key') === active[name]);
      });
    });
  }

  function option(select, value, text) {
    var o = el('option', null, text); o.value = value; select.appendChild(o);
  }
  function controls() {
    var sev = document.getElementById('severity');
    ['', 'error', 'warning', 'info'].forEach(function (s) { option(sev, s, s ? T['severity.' + s] : T.all); });
    sev.addEventListener('change', function () { state.severity = sev.value; state.page = 0; render(); });
    var codes = {};
    data.forEach(function (d) { d.findings.forEach(function (f) { codes[f.code] = true; }); });
    var code = document.getElementById('code');
    [''].concat(Object.keys(codes).sort()).forEach(function (c) { option(code, c, c || T.all); });
    code.addEventListener('change', function () { state.code = code.value; state.page = 0; render(); });
    var status = document.getElementById('status');
    [''].concat(STATUSES).forEach(function (s) { option(status, s, s ? T['status.' + s] : T.all); });
    status.addEventListener('change', function () { state.status = status.value; state.page = 0; render(); });
    var counties = {};
    data.forEach(function (d) { counties[countyOf(d)] = true; });
    var county = document.getElementById('county');
    option(county, '*', T.all);
    Object.keys(counties).sort().forEach(function (k) { option(county, k, countyLabel(k)); });
    county.addEventListener('change', function () { state.county = county.value === '*' ? null : county.value; state.page = 0; render(); });
    var search = document.getElementById('search');
    search.placeholder = T.search;
    search.addEventListener('input', function () { state.search = search.value; state.page = 0; render(); });
    var clear = document.getElementById('clear');
    clear.textContent = T.clearFilters;
    clear.addEventListener('click', function () {
      state.severity = ''; state.code = ''; state.status = ''; state.county = null; state.search = ''; state.page = 0;
      sev.value = ''; code.value = ''; search.value = ''; syncSelects(); render();
    });
    var prev = document.getElementById('prev'), next = document.getElementById('next');
    prev.textContent = T.prev; next.textContent = T.next;
    prev.addEventListener('click', function () { if (state.page > 0) { state.page -= 1; render(); } });
    next.addEventListener('click', function () { state.page += 1; render(); });
  }

  function head() {
    var tr = document.querySelector('#reports thead tr');
    columns.forEach(function (c) {
      var th = el('th', null, c.label);
      th.dataset.key = c.key;
      th.addEventListener('click', function () {
        if (state.key === c.key) state.dir = -state.dir; else { state.key = c.key; state.dir = 1; }
        state.page = 0;
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

  function cellKey(formId, part, index, field) { return formId + '|' + part + '|' + index + '|' + field; }

  function td(text, cls, flagged) {
    var c = el('td', (cls || '') + (flagged ? ' flag' : ''), text === null || text === undefined ? '' : text);
    return c;
  }

  function fundsTable(form, flagged) {
    var t = el('table', 'form funds');
    var hr = el('tr');
    [fill(T.fundsHeading, { unit: form.unit || '' }), T.initial, T.adjusted, T.executed, T.weight, T.rate, T.score].forEach(function (h) { hr.appendChild(el('th', null, h)); });
    var thead = el('thead'); thead.appendChild(hr); t.appendChild(thead);
    var body = el('tbody');
    form.funds.forEach(function (r, i) {
      var tr = el('tr');
      tr.appendChild(td(r.label, null, false));
      r.cells.forEach(function (v, j) { tr.appendChild(td(v, 'num', flagged[cellKey(form.id, 'funds', i, FUNDS[j])])); });
      body.appendChild(tr);
    });
    t.appendChild(body);
    return t;
  }

  function groupIndex(form, level, name) {
    for (var g = 0; g < form.groups.length; g++) if (form.groups[g].level === level && form.groups[g].name === name) return g;
    return -1;
  }
  function groupFlagged(form, g, flagged) {
    if (g < 0) return false;
    return Object.keys(flagged).some(function (k) { return k.indexOf(cellKey(form.id, 'group', g, '')) === 0; });
  }

  function indicatorTable(form, flagged) {
    var t = el('table', 'form indicators');
    var hr = el('tr');
    [T.level1, T.level2, T.level3, T.target, T.actualValue, T.weight, T.score, T.deviation].forEach(function (h) { hr.appendChild(el('th', null, h)); });
    var thead = el('thead'); thead.appendChild(hr); t.appendChild(thead);
    var body = el('tbody');
    var list = form.indicators;
    list.forEach(function (ind, i) {
      var tr = el('tr');
      var f = function (field) { return flagged[cellKey(form.id, 'indicator', i, field)]; };
      // a level cell spans the run of indicators under it, as the form merges it
      if (i === 0 || list[i - 1].level1 !== ind.level1) {
        var n1 = 1; while (i + n1 < list.length && list[i + n1].level1 === ind.level1) n1++;
        var g1 = groupIndex(form, 1, ind.level1);
        var c1 = td((ind.level1 || '') + (g1 >= 0 ? fill(T.pointsSuffix, { w: form.groups[g1].weight }) : ''), 'group', f('level1') || groupFlagged(form, g1, flagged));
        c1.rowSpan = n1; tr.appendChild(c1);
      }
      if (i === 0 || list[i - 1].level2 !== ind.level2 || list[i - 1].level1 !== ind.level1) {
        var n2 = 1; while (i + n2 < list.length && list[i + n2].level2 === ind.level2 && list[i + n2].level1 === ind.level1) n2++;
        var g2 = groupIndex(form, 2, ind.level2);
        var c2 = td((ind.level2 || '') + (g2 >= 0 ? fill(T.pointsSuffix, { w: form.groups[g2].weight }) : ''), 'group', f('level2') || groupFlagged(form, g2, flagged));
        c2.rowSpan = n2; tr.appendChild(c2);
      }
      tr.appendChild(td(ind.name, null, f('name')));
      tr.appendChild(td(ind.target, null, f('target')));
      tr.appendChild(td(ind.actual, null, f('actual')));
      tr.appendChild(td(ind.weight, 'num', f('weight')));
      tr.appendChild(td(ind.score, 'num', f('score')));
      tr.appendChild(td(ind.note, null, f('note')));
      body.appendChild(tr);
    });
    if (form.total) {
      var tr = el('tr');
      var label = td(T.totalScore, 'group', false); label.colSpan = 5; tr.appendChild(label);
      tr.appendChild(td(form.total.weight, 'num', flagged[cellKey(form.id, 'total', 0, 'weight')]));
      tr.appendChild(td(form.total.score, 'num', flagged[cellKey(form.id, 'total', 0, 'score')]));
      tr.appendChild(td('', null, false));
      body.appendChild(tr);
    }
    t.appendChild(body);
    return t;
  }

  function formsView(d, into) {
    if (!d.forms || d.forms.length === 0) return;
    var flagged = {};
    d.findings.forEach(function (f) {
      f.evidence.forEach(function (e) { if (e.cell) flagged[cellKey(e.cell.formId, e.cell.part, e.cell.index, e.cell.field)] = true; });
    });
    into.appendChild(el('h3', null, T.forms));
    d.forms.forEach(function (form) {
      var box = el('div', 'form-view');
      box.dataset.form = form.id;
      box.appendChild(el('div', null, T['formKind.' + form.kind] + (form.projectName ? ' · ' + form.projectName : '')));
      var meta = [];
      if (form.department) meta.push(T.department2 + '：' + form.department);
      if (form.implementer) meta.push(T.implementer + '：' + form.implementer);
      if (meta.length) box.appendChild(el('div', 'form-meta', meta.join('　')));
      if (form.funds.length) box.appendChild(fundsTable(form, flagged));
      if (form.indicators.length || form.total) box.appendChild(indicatorTable(form, flagged));
      into.appendChild(box);
    });
    if (Object.keys(flagged).length) into.appendChild(el('div', 'note', T.formFlagged));
  }

  function detail(d) {
    var cell = el('td', 'detail');
    cell.colSpan = columns.length;
    if (d.title) cell.appendChild(el('div', null, d.title));
    if (d.status === 'unchecked') cell.appendChild(el('div', 'checks status-unchecked', T.uncheckedNote));
    if (d.checks) cell.appendChild(el('div', 'checks', T.checks + '：' + d.checks));
    if (d.json) {
      var a = el('a', null, T.openJson); a.href = d.json; cell.appendChild(a);
    }
    cell.appendChild(el('h3', null, T.findings));
    var shown = d.findings.filter(findingMatches);
    if (shown.length === 0) cell.appendChild(el('div', 'note', T.noFindings));
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
      cell.appendChild(box);
    });
    formsView(d, cell);
    cell.appendChild(el('h3', null, T.projectTable));
    if (d.rows.length === 0) { cell.appendChild(el('div', 'note', T.noProjects)); return cell; }
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
    cell.appendChild(t);
    cell.appendChild(el('div', 'note', T.flagged));
    return cell;
  }

  function render() {
    document.querySelectorAll('#reports th').forEach(function (th) {
      th.className = th.dataset.key === state.key ? (state.dir > 0 ? 'sorted-asc' : 'sorted-desc') : '';
    });
    markBars();
    var body = document.querySelector('#reports tbody');
    var rows = data.filter(visible).sort(compare);
    var pages = Math.max(1, Math.ceil(rows.length / PAGE));
    if (state.page >= pages) state.page = pages - 1;
    // only one page of rows is in the DOM, so a batch of any size opens at once
    var frag = document.createDocumentFragment();
    rows.slice(state.page * PAGE, (state.page + 1) * PAGE).forEach(function (d) {
      var tr = el('tr', 'report' + (state.open[d.index] ? ' open' : ''));
      tr.dataset.index = d.index;
      columns.forEach(function (c) {
        var v = d[c.key];
        var text = c.key === 'status' ? T['status.' + v] : (c.key === 'county' ? (v || '') : v);
        tr.appendChild(el('td', c.num ? 'num' : (c.key === 'status' ? 'status-' + v : null), text === null ? '' : text));
      });
      tr.addEventListener('click', function () { state.open[d.index] = !state.open[d.index]; render(); });
      frag.appendChild(tr);
      if (state.open[d.index]) {
        var dr = el('tr', 'detail-row');
        dr.appendChild(detail(d));
        frag.appendChild(dr);
      }
    });
    body.textContent = '';
    body.appendChild(frag);
    document.getElementById('shown-text').textContent = fill(T.shown, { n: rows.length, total: data.length });
    document.getElementById('page').textContent = fill(T.page, { page: state.page + 1, pages: pages });
    document.getElementById('prev').disabled = state.page === 0;
    document.getElementById('next').disabled = state.page >= pages - 1;
    document.getElementById('pager').hidden = pages <= 1;
  }

  summary(); dashboard(); controls(); head(); render();
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
<section id="dashboard"></section>
<div class="controls">
<label>${escapeHtml(t.statusFilter)} <select id="status"></select></label>
<label>${escapeHtml(t.severity)} <select id="severity"></select></label>
<label>${escapeHtml(t.code)} <select id="code"></select></label>
<label>${escapeHtml(t.county)} <select id="county"></select></label>
<input id="search" type="search">
<button id="clear" type="button"></button>
</div>
<div id="shown"><span id="shown-text"></span><span id="pager"><button id="prev" type="button"></button> <span id="page"></span> <button id="next" type="button"></button></span></div>
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
