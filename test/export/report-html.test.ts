import { describe, expect, it } from 'vitest';
import { htmlEntry, renderReportHtml, scriptJson, type HtmlEntry } from '../../src/export/report-html.js';
import { trickyReport, unreadableReport } from './support.js';

function embeddedData(html: string): HtmlEntry[] {
  const m = /<script type="application\/json" id="jixiao-data">([\s\S]*?)<\/script>/.exec(html);
  if (!m?.[1]) throw new Error('no data script');
  return JSON.parse(m[1]) as HtmlEntry[];
}

describe('report.html', () => {
  const entries = [htmlEntry(trickyReport(), 'reports/tricky.json', 'zh'), htmlEntry(unreadableReport(), null, 'zh')];
  const html = renderReportHtml(entries, 'zh');

  it('never lets report text close the data script or become markup', () => {
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<b>粗体');
    expect(html).toContain('\\u003cscript>alert(1)\\u003c/script>');
    expect(scriptJson({ s: '</script><!--' })).toBe('{"s":"\\u003c/script>\\u003c!--"}');
  });

  it('carries every report, its findings and rows back out of the page intact', () => {
    const data = embeddedData(html);
    expect(data).toHaveLength(2);
    expect(data[0]?.rows.map((r) => r.name)).toEqual(['<script>alert(1)</script>', '+cmd|calc', '@村道维修']);
    expect(data[0]?.findings.map((f) => f.code)).toEqual(['score-mismatch', 'value-out-of-range', 'missing-value']);
    expect(data[0]?.findings[1]?.evidence[0]).toMatchObject({ kind: 'row', tableId: 't1', row: 2 });
    expect(data[1]).toMatchObject({ status: 'failed', errors: 1, json: null });
  });

  it('is self-contained: no external script, style, image or fetch', () => {
    expect(html).not.toMatch(/<(script|img|link|iframe)[^>]*\s(src|href)=/i);
    expect(html).not.toMatch(/\b(fetch|XMLHttpRequest|import\()/);
    expect(html).toContain("default-src 'none'");
  });

  it('speaks Chinese by default and English on request', () => {
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('绩效自评报告审核结果');
    const en = renderReportHtml([htmlEntry(trickyReport(), null, 'en')], 'en');
    expect(en).toContain('Performance self-evaluation audit');
    expect(embeddedData(en)[0]?.findings[1]?.message).toBe('A negative amount');
  });
});
