/**
 * Every self-evaluation form in a document (项目支出 / 部门整体支出绩效自评表),
 * found by its shape, not its title: a funds header (年初预算数 / 全年执行数 …)
 * or an indicator header (一级指标 / 三级指标 / 分值 …). Several forms in one
 * document (a report with one form per project) are several entries.
 */
import type { Block, Form } from '../../model.js';
import { formCells, type FormCell } from './cells.js';
import { findFundsHeaders } from './funds-header.js';
import { fieldOf } from './header-fields.js';
import { findIndicatorHeaders } from './indicator-header.js';
import { readForm, type FormRegion } from './read-form.js';

/** Words every form's funds or indicator header has (spaces dropped): a document without any has no form. */
const FORM_WORDS = /年初预算数|全年预算数|全年执行|预算执行数|执行数\(|调整后预算数|预算数[(（]|[一二三]级指标|[一二三]級指標|年初預算數|全年預算數|全年執行/;

export function readForms(blocks: readonly Block[]): Form[] {
  if (!blocks.some((b) => FORM_WORDS.test((b.type === 'paragraph' ? b.text : b.rows.flat().join('')).replace(/\s+/g, '')))) return [];
  const cells = formCells(blocks);
  const regions = formRegions(cells);
  // a region where neither a funds row nor an indicator could be read is no form we can show
  const forms = regions.map((r, k) => readForm(cells, r, `f${k + 1}`)).filter((f) => f.funds.length > 0 || f.indicators.length > 0);
  return forms.map((f, k) => ({ ...f, id: `f${k + 1}` }));
}

function formRegions(cells: readonly FormCell[]): FormRegion[] {
  const funds = findFundsHeaders(cells);
  const indicators = findIndicatorHeaders(cells);
  // each funds header opens a form; an indicator header opens one too unless the funds header before it has none yet
  const anchors: { at: number; funds: (typeof funds)[number] | null }[] = funds.map((f) => ({ at: f.start, funds: f }));
  const owned = new Set<number>();
  for (const ind of indicators) {
    const owner = funds.filter((f) => f.start < ind.start).pop();
    if (owner && !owned.has(owner.start)) owned.add(owner.start);
    else anchors.push({ at: ind.start, funds: null });
  }
  anchors.sort((a, b) => a.at - b.at);
  const regions: FormRegion[] = [];
  let start = 0;
  anchors.forEach((anchor, k) => {
    const nextAt = anchors[k + 1]?.at ?? cells.length;
    // the next form begins at its own 项目名称 (or the first header field) before its anchor
    let end = nextAt;
    if (k + 1 < anchors.length) {
      for (let i = nextAt - 1; i > anchor.at; i -= 1) {
        if (fieldOf(cells[i]!.key) === 'projectName') {
          end = i;
          break;
        }
      }
    }
    const indicator = indicators.find((ind) => ind.start >= anchor.at && ind.start < end) ?? null;
    regions.push({ start, end, funds: anchor.funds, indicators: indicator });
    start = end;
  });
  return regions;
}
