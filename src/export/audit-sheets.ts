/**
 * The sheets of audit.xlsx and their column headers, in Chinese (default) and
 * English. Data, not logic: audit-rows.ts fills the columns in this order.
 */
import type { Lang } from './lang.js';

export type SheetKey = 'reports' | 'findings' | 'projects' | 'forms' | 'indicators' | 'across';

interface Words {
  zh: string;
  en: string;
}

export interface SheetSpec {
  key: SheetKey;
  name: Words;
  columns: readonly Words[];
}

const w = (zh: string, en: string): Words => ({ zh, en });

export const AUDIT_SHEETS: readonly SheetSpec[] = [
  {
    key: 'reports',
    name: w('报告', 'Reports'),
    columns: [
      w('文件', 'File'),
      w('标题', 'Title'),
      w('年度', 'Year'),
      w('县（市、区）', 'County'),
      w('乡镇', 'Township'),
      w('单位', 'Entity'),
      w('类型', 'Kind'),
      w('声明项目数', 'Declared projects'),
      w('表内项目数', 'Projects in table'),
      w('声明合计（万元）', 'Declared total (万元)'),
      w('计算合计（万元）', 'Computed total (万元)'),
      w('声明自评得分', 'Declared score'),
      w('项目平均得分', 'Mean row score'),
      w('错误', 'Errors'),
      w('警告', 'Warnings'),
      w('提示', 'Infos'),
      w('状态', 'Status'),
      w('核对情况', 'Checks'),
      w('无法读取的原因', 'Why unreadable'),
    ],
  },
  {
    key: 'findings',
    name: w('问题', 'Findings'),
    columns: [w('文件', 'File'), w('问题代码', 'Code'), w('严重程度', 'Severity'), w('说明', 'Message'), w('应为', 'Expected'), w('实际', 'Actual'), w('依据', 'Evidence')],
  },
  {
    key: 'projects',
    name: w('项目', 'Projects'),
    columns: [
      w('文件', 'File'),
      w('年度', 'Year'),
      w('县（市、区）', 'County'),
      w('乡镇', 'Township'),
      w('单位', 'Entity'),
      w('表', 'Table'),
      w('序号', 'Row'),
      w('部门', 'Department'),
      w('项目名称', 'Project'),
      w('名称键', 'Name key'),
      w('金额', 'Amount'),
      w('金额单位', 'Unit'),
      w('金额（元）', 'Amount (元)'),
      w('实现程度', 'Completion'),
      w('得分', 'Score'),
    ],
  },
  {
    key: 'forms',
    name: w('表单', 'Forms'),
    columns: [
      w('文件', 'File'),
      w('年度', 'Year'),
      w('县（市、区）', 'County'),
      w('单位', 'Entity'),
      w('表单类型', 'Form kind'),
      w('表单', 'Form'),
      w('项目名称', 'Project'),
      w('主管部门', 'Department'),
      w('实施单位', 'Implementer'),
      w('金额单位', 'Unit'),
      w('年初预算数', 'Initial budget'),
      w('全年预算数', 'Adjusted budget'),
      w('全年执行数', 'Executed'),
      w('资金分值', 'Funds weight'),
      w('执行率', 'Execution rate'),
      w('资金得分', 'Funds score'),
      w('总分值', 'Total weight'),
      w('总得分', 'Total score'),
      w('问题数', 'Findings'),
    ],
  },
  {
    key: 'indicators',
    name: w('指标', 'Indicators'),
    columns: [
      w('文件', 'File'),
      w('表单', 'Form'),
      w('项目名称', 'Project'),
      w('一级指标', 'Level 1'),
      w('二级指标', 'Level 2'),
      w('三级指标', 'Indicator'),
      w('年度指标值', 'Target'),
      w('实际完成值', 'Actual'),
      w('分值', 'Weight'),
      w('得分', 'Score'),
      w('偏差原因分析及改进措施', 'Deviation and remedy'),
    ],
  },
  {
    key: 'across',
    name: w('跨报告', 'Across reports'),
    columns: [w('文件', 'File'), w('问题代码', 'Code'), w('严重程度', 'Severity'), w('说明', 'Message'), w('另一份报告', 'Other report'), w('依据', 'Evidence')],
  },
];

export function sheetName(spec: SheetSpec, lang: Lang): string {
  return spec.name[lang];
}

export function sheetHeader(spec: SheetSpec, lang: Lang): string[] {
  return spec.columns.map((c) => c[lang]);
}

/** Which project column a row finding is about, when its details do not say (`details.field`): data, by rule code. */
export const PROJECT_FIELD_OF_CODE: Record<string, 'name' | 'amount' | 'completion' | 'score'> = {
  'total-mismatch': 'amount',
  'score-mismatch': 'score',
  'distribution-mismatch': 'completion',
  'count-mismatch': 'name',
  'duplicate-project': 'name',
  'possible-duplicate': 'name',
};

/** The words for a severity in a sheet cell. */
export const SEVERITY_WORDS: Record<'error' | 'warning' | 'info', Words> = {
  error: w('错误', 'error'),
  warning: w('警告', 'warning'),
  info: w('提示', 'info'),
};

export const FORM_KIND_WORDS: Record<'project' | 'department', Words> = {
  project: w('项目支出绩效自评表', 'project form'),
  department: w('部门整体支出绩效自评表', 'department form'),
};
