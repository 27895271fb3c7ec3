/**
 * What a document that is a form says about itself: its kind (项目支出 /
 * 部门整体支出绩效自评表) and its entity, 实施单位 (or the department), read
 * from the form's own cells, so a glued neighbouring label never becomes it.
 */
import type { Block, Form, Meta } from '../../model.js';

/** a document this short, with a form and no project table, is the form (with a title or a few lines around it) */
const SHORT_TEXT = 6000;

export function isFormDocument(blocks: readonly Block[], forms: readonly Form[], projectTables: number): boolean {
  if (forms.length === 0 || projectTables > 0) return false;
  let prose = 0;
  for (const block of blocks) if (block.type === 'paragraph') prose += block.text.length;
  return prose < SHORT_TEXT || forms.some((f) => f.funds.length > 0 && f.indicators.length > 0);
}

export function withFormMeta(meta: Meta, forms: readonly Form[]): Meta {
  const form = forms[0]!;
  const entity = form.implementer ?? form.department ?? meta.entity;
  return { ...meta, kind: form.kind === 'department' ? 'department-form' : 'project-form', entity, year: meta.year ?? form.year };
}
