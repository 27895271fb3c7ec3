/**
 * report.html's panel of the batch findings: a list of the related pairs and,
 * for the one picked, the two reports side by side at the matching passages
 * or rows (left: the first file, right: the other). Its own section, data
 * block, style and script, put in before `</body>`, so the page's table and
 * dashboard are untouched. Text goes into the DOM with textContent only.
 */
import type { FiledPair } from '../batch/run-batch.js';
import type { Evidence } from '../model.js';
import { locationText } from './evidence-text.js';
import { findingMessage, type Lang } from './lang.js';
import { escapeHtml, scriptJson } from './report-html.js';

interface PanelSide {
  text: string;
  where: string;
}

interface PanelPair {
  code: string;
  severity: string;
  message: string;
  fileA: string;
  fileB: string;
  left: PanelSide[];
  right: PanelSide[];
}

const TEXT = {
  zh: { heading: '跨报告检查', none: '本批报告之间未发现重复报送、照抄、同一项目两单位报送或连续两年重复的项目。', pick: '点击一行，左右对照两份报告的相同段落或项目行。', left: '本文件', right: '对方文件', count: '{n} 组相关报告' },
  en: { heading: 'Across reports', none: 'No duplicate submissions, copied reports, shared or repeated projects between the reports of this batch.', pick: 'Click a row to see the two reports side by side at the matching passages or rows.', left: 'this file', right: 'other file', count: '{n} related pairs' },
} as const;

function side(e: Evidence, lang: Lang): PanelSide | null {
  const where = locationText(e.location, lang);
  switch (e.kind) {
    case 'quote':
    case 'claim':
      return { text: e.quote, where };
    case 'row':
      return { text: e.name, where };
    case 'otherReport':
      return e.quote === null ? null : { text: e.quote, where };
    case 'formCell':
      return { text: `${e.label} ${e.text ?? ''}`, where };
  }
}

export function panelPairs(pairs: readonly FiledPair[], lang: Lang): PanelPair[] {
  return pairs.map((p) => ({
    code: p.code,
    severity: p.severity,
    message: findingMessage(p.forA, lang),
    fileA: p.fileA,
    fileB: p.fileB,
    left: p.forA.evidence.filter((e) => e.kind !== 'otherReport').flatMap((e) => side(e, lang) ?? []),
    right: p.forA.evidence.filter((e) => e.kind === 'otherReport').flatMap((e) => side(e, lang) ?? []),
  }));
}

const STYLE = `
#batch { padding: 0 24px 24px; }
#batch h2 { font-size: 17px; margin: 18px 0 6px; }
#batch table.pairs tr { cursor: pointer; } #batch table.pairs tr:hover { background: #f0f5ff; } #batch tr.open { background: #e4edfb; }
#batch .side-by-side { display: grid; grid-template-columns: 1fr 1fr; gap: 10px; margin: 6px 0 10px; }
#batch .side-by-side h4 { margin: 0 0 4px; font-size: 13px; word-break: break-all; }
#batch .passage { background: #fff3b0; border: 1px solid #e6d77a; border-radius: 3px; padding: 4px 8px; margin: 4px 0; font-size: 13px; }
#batch .passage .where { color: #778; font-size: 12px; margin-left: 6px; }
`;

const SCRIPT = `
(function () {
  'use strict';
  var pairs = JSON.parse(document.getElementById('jixiao-batch').textContent);
  var T = JSON.parse(document.getElementById('jixiao-batch-text').textContent);
  var body = document.querySelector('#batch tbody');
  var open = -1;
  function el(tag, cls, text) { var n = document.createElement(tag); if (cls) n.className = cls; if (text !== undefined && text !== null) n.textContent = String(text); return n; }
  function column(title, items) {
    var col = el('div');
    col.appendChild(el('h4', null, title));
    items.forEach(function (s) { var p = el('div', 'passage', s.text); if (s.where) p.appendChild(el('span', 'where', s.where)); col.appendChild(p); });
    return col;
  }
  function render() {
    body.textContent = '';
    pairs.forEach(function (p, i) {
      var tr = el('tr', i === open ? 'open' : null);
      [p.code, p.severity, p.fileA, p.fileB, p.message].forEach(function (v) { tr.appendChild(el('td', null, v)); });
      tr.addEventListener('click', function () { open = open === i ? -1 : i; render(); });
      body.appendChild(tr);
      if (i === open) {
        var dr = el('tr'); var td = el('td'); td.colSpan = 5;
        var grid = el('div', 'side-by-side');
        grid.appendChild(column(T.left + ' · ' + p.fileA, p.left));
        grid.appendChild(column(T.right + ' · ' + p.fileB, p.right));
        td.appendChild(grid); dr.appendChild(td); body.appendChild(dr);
      }
    });
  }
  render();
})();
`;

/** The panel's HTML (section, data, style, script); goes just before `</body>`. */
export function batchPanelHtml(pairs: readonly FiledPair[], lang: Lang): string {
  const t = TEXT[lang];
  const heads = lang === 'en' ? ['code', 'severity', 'file', 'other file', 'finding'] : ['代码', '级别', '文件', '对方文件', '问题'];
  const intro = pairs.length === 0 ? t.none : `${t.count.replace('{n}', String(pairs.length))}${lang === 'en' ? '. ' : '。'}${t.pick}`;
  return `<section id="batch"><h2>${escapeHtml(t.heading)}</h2><p class="note">${escapeHtml(intro)}</p>
${pairs.length === 0 ? '' : `<table class="pairs"><thead><tr>${heads.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody></tbody></table>`}
<style>${STYLE}</style>
<script type="application/json" id="jixiao-batch-text">${scriptJson(t)}</script>
<script type="application/json" id="jixiao-batch">${scriptJson(panelPairs(pairs, lang))}</script>
${pairs.length === 0 ? '' : `<script>${SCRIPT}</script>`}
</section>
`;
}
