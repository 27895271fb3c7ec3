/** The help text of each command, shown by --help and after a usage error. */
import { DEFAULT_LIMITS, MB } from '../ingest/limits.js';

export type CommandName = 'check' | 'parse' | 'schema' | 'rules';

const mb = (bytes: number): number => bytes / MB;

/** The bounds on one file, for check and parse; the defaults are the library's own. */
const limitOptions = `  --max-file-mb MB      refuse a file larger than this (default: ${mb(DEFAULT_LIMITS.maxFileBytes)})
  --max-text-mb MB      refuse a .txt file larger than this (default: ${mb(DEFAULT_LIMITS.maxTextBytes)})
  --max-inflated-mb MB  refuse a .docx that unpacks to more than this
                        (default: ${mb(DEFAULT_LIMITS.maxInflatedBytes)})
  --max-rows N          read at most this many table rows of one file
                        (default: ${DEFAULT_LIMITS.maxTableRows})
  --max-sheet-cells N   refuse an .xlsx with more cells than this
                        (default: ${DEFAULT_LIMITS.maxSheetCells})
`;

const top = `jixiao — audit budget-performance self-evaluation reports (绩效自评报告) for contradictions

Usage:
  jixiao check <files|dirs|globs...> [options]   check reports; with --out write JSON, JSONL, CSV, HTML, XLSX
  jixiao parse <file>                              print one report's JSON (with findings)
  jixiao schema                                    print the JSON Schema of a report
  jixiao rules [--lang zh|en]                      print the rule catalogue

  jixiao <command> --help    help for a command
  jixiao --version           print the version

Exit codes: 0 nothing reached --fail-on, 1 something did (an unreadable file counts), 2 usage error, 130 interrupted.`;

const check = `Usage: jixiao check <files|dirs|globs...> [options]

Checks every .docx, .doc, .wps, .txt, .pdf, .xlsx and .xls file found
(folders recursively; globs such as 'reports/**/*.docx' expanded by jixiao;
Office lock files ~$* skipped; a file named explicitly is always checked).
Other files found (pictures, archives…) are listed and counted as skipped,
and written to skipped.csv with --out. A path that does not exist is
reported, counted as an unreadable file, and the rest of the batch goes on.

Options:
  --out DIR             write reports/<name>.json, reports.jsonl, projects.csv,
                        reports.csv, findings.csv, forms.csv, indicators.csv,
                        skipped.csv, report.html and audit.xlsx
                        into DIR
  --jobs N              files checked in parallel (default: number of CPUs,
                        fewer when free memory is short: ~400 MB per worker)
  --fail-on LEVEL       error | warning | unchecked | never: exit 1 when a
                        report has a finding at this level or worse; unchecked
                        also when a report had nothing to compare (default: error)
  --lang LANG           zh | en: language of messages and outputs (default: zh)
  --quiet               no progress and no per-report table, only the totals
  --timeout SECONDS     give up on one file after this long (default: 60)
  --max-memory MB       heap bound of each worker (default: 1024)
${limitOptions}  -h, --help            show this help
  -V, --version         print the version

Exit codes: 0 nothing reached --fail-on, 1 something did (an unreadable file
counts), 2 usage error, 130 interrupted (Ctrl-C; outputs hold complete lines).`;

const parse = `Usage: jixiao parse <file>

Prints the report of one .docx/.txt file as JSON (the normalised report with
its findings; schema: jixiao schema). Exit 0 when the file was read, 1 when
it could not be (the JSON then holds an ingest-failed finding saying why).

Options:
${limitOptions}  -h, --help            show this help
  -V, --version         print the version`;

const schema = `Usage: jixiao schema

Prints the JSON Schema (draft 2020-12) every report JSON follows.

Options:
  -h, --help            show this help
  -V, --version         print the version`;

const rules = `Usage: jixiao rules [--lang zh|en]

Prints the catalogue of rules: code, severity, what it checks and why.

Options:
  --lang LANG           zh | en (default: zh)
  -h, --help            show this help
  -V, --version         print the version`;

export const USAGE: Record<CommandName | 'top', string> = { top, check, parse, schema, rules };

/** A mistake in how jixiao was called: shown with the usage, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(
    message: string,
    readonly command: CommandName | 'top',
  ) {
    super(message);
  }
}
