/**
 * A 项目绩效目标表 whose cells were fused into one run of text: a header that
 * ends in its grades (`…绩效目标绩效标准优良中差`), then per 一级指标 rows of
 * name, target and one standard per grade, with nothing between them
 * (`年育苗数量600万株600万500万300万200万`). The standards are what can be
 * told apart: as many figures (`600万`, `80%-100%`) or grade words (`较好`,
 * `延期15天以内`) in a row as there are grades. A figure or word of the same
 * kind just before them closes the target; what precedes is the name, written
 * twice when the table repeats a label in two columns (`群众满意度群众满意度`,
 * or a target that opens with the name). A row whose name and target cannot
 * be told apart is not read. These tables state no weight or score.
 */
import type { Indicator, Location } from '../../model.js';
import { toHalfWidth } from '../numbers.js';
import type { FormCell } from './cells.js';
import { FUSED_LEVEL1, FUSED_RUN_END, GRADED_TARGETS_HEADER, LEVEL_NAMES, STANDARD_FIGURE, STANDARD_WORD } from './lexicon.js';

interface Token {
  text: string;
  kind: 'figure' | 'word';
}

export function readFusedTargets(cells: readonly FormCell[], start: number, end: number): Indicator[] {
  const texts = cells.slice(start, end).map((c) => toHalfWidth(c.text).replace(/\s+/g, ''));
  const joined = texts.join('');
  const header = GRADED_TARGETS_HEADER.exec(joined);
  if (!header) return [];
  const grades = header[1]!.length;
  const from = header.index + header[0].length;
  const stop = joined.slice(from).search(FUSED_RUN_END);
  const body = joined.slice(from, stop < 0 ? joined.length : from + stop);
  // the cell each character came from, for locations
  const offsets: number[] = [];
  texts.reduce((at, t) => (offsets.push(at), at + t.length), 0);
  const locationAt = (offset: number): Location => {
    let [lo, hi] = [0, offsets.length - 1];
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (offsets[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return cells[start + lo]!.location;
  };

  const levels = [...body.matchAll(FUSED_LEVEL1)];
  return levels.flatMap((level, k) => {
    const segmentAt = level.index + level[0].length;
    const segment = body.slice(segmentAt, levels[k + 1]?.index ?? body.length);
    return rowsOf(segment, grades).map(({ name, target, at }) => ({
      level1: level[0],
      level2: null,
      name,
      target,
      actual: null,
      weight: null,
      score: null,
      note: null,
      raw: { weight: null, score: null },
      location: locationAt(from + segmentAt + at),
    }));
  });
}

// sticky copies: a token is matched where it stands, without copying the rest of the text at every position
const sticky = (re: RegExp) => new RegExp(re.source.replace(/(^|\|)\^/g, '$1'), 'y');
const FIGURE_AT = sticky(STANDARD_FIGURE);
const WORD_AT = sticky(STANDARD_WORD);

function tokenAt(text: string, at: number): Token | null {
  FIGURE_AT.lastIndex = at;
  const figure = FIGURE_AT.exec(text);
  if (figure) return { text: figure[0], kind: 'figure' };
  WORD_AT.lastIndex = at;
  const word = WORD_AT.exec(text);
  return word ? { text: word[0], kind: 'word' } : null;
}

/** The rows of one 一级指标: each ends in `grades` standards of one kind. */
function rowsOf(segment: string, grades: number): { name: string; target: string | null; at: number }[] {
  const rows: { name: string; target: string | null; at: number }[] = [];
  let prefix = '';
  let prefixAt = 0;
  let pos = 0;
  while (pos < segment.length) {
    const tokens: Token[] = [];
    let p = pos;
    for (let t = tokenAt(segment, p); t; t = tokenAt(segment, p)) {
      tokens.push(t);
      p += t.text.length;
    }
    if (prefix === '') prefixAt = pos;
    // the standards: the first run of one kind long enough; a run of another kind after them opens the next row
    const group = kindGroups(tokens).find((g) => g.length >= grades);
    if (!group) {
      prefix += segment.slice(pos, Math.max(p, pos + 1));
      pos = Math.max(p, pos + 1);
      continue;
    }
    const before = tokens.slice(0, tokens.indexOf(group[0]!));
    const extra = [...before, ...group.slice(0, group.length - grades)].map((t) => t.text).join('');
    const carried = tokens.slice(tokens.indexOf(group[group.length - 1]!) + 1);
    const row = nameAndTarget(prefix, extra);
    if (row) rows.push({ ...row, at: prefixAt });
    prefix = '';
    pos = p - carried.reduce((n, t) => n + t.text.length, 0);
  }
  return rows;
}

function kindGroups(tokens: readonly Token[]): Token[][] {
  const groups: Token[][] = [];
  for (const t of tokens) {
    const last = groups[groups.length - 1];
    if (last && last[0]!.kind === t.kind) last.push(t);
    else groups.push([t]);
  }
  return groups;
}

/**
 * `群众满意度群众满意度` + `较好`: the name written twice, target 较好; `资金按时到位资金按时到位率为` + `100%`: a target
 * that opens with the name; `年育苗数量` + `600万株`; `按时完成既定目标2017年12月31日前完成`: a target that opens
 * with a figure. Otherwise name and target cannot be told apart.
 */
function nameAndTarget(prefix: string, extra: string): { name: string; target: string | null } | null {
  let name: string | null = null;
  let target = '';
  for (let n = 2; n <= prefix.length / 2; n += 1) {
    const head = prefix.slice(0, n);
    if (prefix.slice(n).startsWith(head)) {
      const rest = prefix.slice(n);
      name = head;
      target = (rest === head ? '' : rest) + extra;
      break;
    }
  }
  if (name === null && extra !== '') [name, target] = [prefix, extra];
  if (name === null) {
    const digit = prefix.search(/\d/);
    if (digit < 2) return null;
    [name, target] = [prefix.slice(0, digit), prefix.slice(digit)];
  }
  // a level name inside is a level this reading missed: the row's cells are not where they seem
  if (name.length < 2 || /\d/.test(name) || LEVEL_NAMES.some((l) => name!.includes(l))) return null;
  return { name, target: target === '' ? null : target };
}
