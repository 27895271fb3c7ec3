/**
 * SourceDocument → Report: metadata, the section tree, the claims stated in
 * prose, the project tables and their rows (or projects listed in prose).
 * Pure: the validator adds findings and the summary's counts later.
 */
import { SCHEMA_VERSION, type Block, type Claim, type Location, type Project, type ProjectTable, type Report, type SourceDocument } from '../model.js';
import { fromNumber, sum, toNumber } from '../decimal.js';
import { findClaims, type ClaimBody, type Found } from './claims/index.js';
import { findCountMentions } from './claims/project-count.js';
import { completedAsOwnCount, type CountMention } from './completed-count.js';
import { readForms } from './forms/index.js';
import { isFormDocument, withFormMeta } from './forms/form-meta.js';
import { formProject } from './forms/form-project.js';
import { readMeta, readTitle } from './meta.js';
import { toHalfWidth, toWan } from './numbers.js';
import { readProjectRows } from './project-rows.js';
import { readProjectTable } from './project-table.js';
import { readProseProjects } from './prose-projects.js';
import { readReportProject } from './project-report.js';
import { readSections, splitAtHeadings } from './sections.js';
import { toSimplified } from './simplified.js';

// helpers other stages share, so a cell or a name reads the same everywhere
export { keyTokens, nameKey } from './name-key.js';
export { isNullMarker, readNumberCell, type CellNumber } from './numbers.js';

interface PlacedClaim {
  block: number;
  offset: number;
  body: ClaimBody;
  quote: string;
  location: Location;
}

export function parse(doc: SourceDocument): Report {
  // a flattened text's headings become paragraph breaks again; `written` keeps
  // the text as written for quotes, `blocks` reads Traditional as Simplified
  // character for character, so offsets into one are offsets into the other
  const written = splitAtHeadings(doc.blocks);
  const blocks = written.map(simplifiedBlock);
  const title = readTitle(blocks);
  const { sections, sectionOfBlock, headingOfBlock } = readSections(blocks, new Set([...title.blocks, ...title.furniture]));

  // claims stated in prose
  const placed: PlacedClaim[] = [];
  /** each paragraph's findings, placed at their paragraph and quoted as written */
  const findInParagraphs = <T>(find: (text: string) => T[], found: (t: T) => Found): { item: T; claim: PlacedClaim }[] =>
    blocks.flatMap((block, i) => {
      if (block.type !== 'paragraph') return [];
      const asWritten = (written[i] as typeof block).text;
      return find(toHalfWidth(block.text)).map((item) => {
        const f = found(item);
        return { item, claim: { block: i, offset: f.start, body: f.claim, quote: asWritten.slice(f.start, f.end), location: block.location } };
      });
    });
  placed.push(...findInParagraphs(findClaims, (f) => f).map((x) => x.claim));

  // project tables and their rows
  const tables: ProjectTable[] = [];
  const projects: Project[] = [];
  for (const [i, block] of blocks.entries()) {
    if (block.type !== 'table') continue;
    const before = blocks[i - 1];
    const layout = readProjectTable(block, before?.type === 'paragraph' ? before.text : null);
    if (!layout) continue;
    const id = `t${tables.length + 1}`;
    tables.push({ id, sectionId: sectionOfBlock[i] ?? null, columns: layout.columns, location: block.location });
    const rows = readProjectRows(block, layout, id);
    projects.push(...rows.projects);
    rows.totals.forEach((t, k) => placed.push({ block: i, offset: k, body: t.claim, quote: t.quote, location: t.location }));
  }

  // projects listed in prose, only when no table lists them (the same projects twice would read as duplicates)
  if (projects.length === 0) {
    const countIn = (b: number) => {
      const count = placed.find((p) => p.block === b && p.body.type === 'projectCount');
      return count && count.body.type === 'projectCount' ? count.body.value : null;
    };
    const prose = readProseProjects(blocks, headingOfBlock, countIn);
    projects.push(...prose.projects);
    // one project's own amount (`安排经费12万元`) is not a total of the report
    for (let k = placed.length - 1; k >= 0; k -= 1) {
      if (placed[k]!.body.type === 'totalAmount' && prose.itemBlocks.has(placed[k]!.block)) placed.splice(k, 1);
    }
  }

  const toClaims = (list: PlacedClaim[]): Claim[] =>
    [...list]
      .sort((a, b) => a.block - b.block || a.offset - b.offset)
      .map((p, k) => ({
        ...p.body,
        id: `c${k + 1}`,
        quote: p.quote,
        sectionId: sectionOfBlock[p.block] ?? null,
        location: p.location,
      }) as Claim);
  let claims = toClaims(placed);

  // self-evaluation forms: when the document is one, its kind and entity come from the form, and a single-project
  // form's project is the report's one project row
  const forms = readForms(blocks);
  const isForm = isFormDocument(blocks, forms, tables.length);

  // a single-project report lists its one project (named by its title, a 项目名称 line, or where its money went)
  const reportProject = projects.length === 0 && !isForm ? readReportProject(blocks, title, claims) : null;
  if (reportProject) projects.push(reportProject.project);

  // a report that counts its projects only by how many it completed declares its count so (a form's cells are indicators)
  // (a declared count or a distribution already rules it out, so the text is searched again only when there is neither)
  if (!isForm && !placed.some((p) => p.body.type === 'projectCount' || p.body.type === 'completionDistribution')) {
    // every count of projects, subsets too
    const countMentions = findInParagraphs(findCountMentions, (m: CountMention) => m.found);
    const own = completedAsOwnCount(countMentions.map((c) => c.item), 0, projects.length);
    if (own.length > 0) {
      placed.push(...countMentions.filter((c) => own.includes(c.item.found)).map((c) => c.claim));
      claims = toClaims(placed);
    }
  }

  const tableCount = tables.length + (projects.some((p) => p.tableId === null) ? 1 : 0);
  const declaredCounts = claims.flatMap((c) => (c.type === 'projectCount' ? [c.value] : []));
  const textMeta = readMeta(blocks, title.title, tableCount, declaredCounts, title.furniture);
  const meta = isForm ? withFormMeta(textMeta, forms) : reportProject?.named ? { ...textMeta, kind: 'project-report' as const } : textMeta;
  const single = isForm && forms.length === 1 && projects.length === 0 ? formProject(forms[0]!) : null;
  if (single) projects.push(single);

  return {
    schemaVersion: SCHEMA_VERSION,
    source: { ...doc.source, warnings: doc.warnings },
    meta,
    sections,
    claims,
    tables,
    projects,
    forms,
    findings: [],
    batchFindings: [],
    summary: { projectCount: projects.length, amountTotal: amountTotal(projects), errors: 0, warnings: 0, infos: 0, status: 'ok', checks: [] },
  };
}

function simplifiedBlock(block: Block): Block {
  if (block.type === 'paragraph') {
    const text = toSimplified(block.text);
    return text === block.text ? block : { ...block, text };
  }
  return { ...block, rows: block.rows.map((row) => row.map(toSimplified)) };
}

/** The projects' amounts added in 万元, exactly; null when no amount is known. */
function amountTotal(projects: readonly Project[]): number | null {
  const amounts = projects.flatMap((p) => (p.amount !== null && p.amountUnit ? [toWan(fromNumber(p.amount), p.amountUnit)] : []));
  return amounts.length === 0 ? null : toNumber(sum(amounts));
}
