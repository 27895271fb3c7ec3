/**
 * Which files a `check` run reads. Named files are always checked (the
 * reader decides by content, and refuses what it cannot read in plain
 * words); directories are walked recursively and globs (`*`, `**`, `?`) are
 * expanded by us, both picking the formats jixiao reads (.docx, .doc, .wps,
 * .txt, .pdf, .xlsx, .xls, any letter case) and skipping Office lock files
 * (`~$x.docx`) and dot-folders. Every other file found is returned as
 * skipped, so an auditor's count of submissions can be matched against the
 * outputs: nothing is dropped without a word. The same file named
 * twice is checked once. A path or glob that finds nothing is returned as
 * missing: the caller reports it and counts it failed, and the batch goes on.
 * The result is sorted by path so every run lists the same files in the same
 * order.
 */
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import type { SkippedFile } from '../export/skipped-files.js';
import { isWordLockFile } from '../ingest/lock-file.js';

export interface Discovery {
  /** paths as the user would write them (relative when given relative), sorted, each once */
  files: string[];
  /** arguments that name nothing: a missing path, or a glob that matches no report file */
  missing: string[];
  /** Word lock files passed over */
  lockFiles: string[];
  /** files found in folders or by globs that are not a format jixiao reads (images, archives…), sorted */
  skipped: SkippedFile[];
}

const REPORT_EXTENSION = /\.(docx|doc|wps|txt|pdf|xlsx|xls)$/i;
const GLOB_CHARS = /[*?]/;

function isReportFileName(name: string): boolean {
  return REPORT_EXTENSION.test(name);
}

function statOrNull(p: string): ReturnType<typeof statSync> | null {
  try {
    return statSync(p);
  } catch {
    return null;
  }
}

/** Every file below `dir`, recursively, skipping dot-entries and symlink loops. */
function walk(dir: string, visit: (file: string) => void, seen = new Set<string>()): void {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch {
    return;
  }
  if (seen.has(real)) return;
  seen.add(real);
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return; // an unreadable folder holds nothing we can check; its files are not inputs we know of
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    const stat = entry.isSymbolicLink() ? statOrNull(full) : null;
    if (entry.isDirectory() || stat?.isDirectory()) walk(full, visit, seen);
    else if (entry.isFile() || stat?.isFile()) visit(full);
  }
}

/** `a/**\/*.docx` as a regular expression over `/`-separated paths. */
export function globToRegExp(pattern: string): RegExp {
  let source = '';
  const parts = pattern.split('/');
  parts.forEach((part, i) => {
    const last = i === parts.length - 1;
    if (part === '**') {
      source += last ? '.*' : '(?:[^/]*/)*';
      return;
    }
    source += part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
    if (!last) source += '/';
  });
  return new RegExp(`^${source}$`);
}

function expandGlob(pattern: string, visit: (file: string) => void): void {
  const normalized = pattern.split(path.sep).join('/');
  const parts = normalized.split('/');
  const firstGlob = parts.findIndex((p) => GLOB_CHARS.test(p));
  const base = parts.slice(0, firstGlob).join('/') || (normalized.startsWith('/') ? '/' : '.');
  const matcher = globToRegExp(normalized.replace(/^\.\//, ''));
  walk(base, (file) => {
    const candidate = file.split(path.sep).join('/');
    if (matcher.test(candidate)) visit(file);
  });
}

export function discover(args: readonly string[]): Discovery {
  const byAbsolutePath = new Map<string, string>();
  const missing: string[] = [];
  const lockFiles: string[] = [];
  const skipped = new Map<string, SkippedFile>();
  const add = (file: string, named: boolean): boolean => {
    if (isWordLockFile(file)) {
      lockFiles.push(file);
      return false;
    }
    if (!named && !isReportFileName(path.basename(file))) {
      skipped.set(path.resolve(file), { path: path.normalize(file), extension: path.extname(file).toLowerCase() });
      return false;
    }
    const key = path.resolve(file);
    if (!byAbsolutePath.has(key)) byAbsolutePath.set(key, path.normalize(file));
    return true;
  };
  for (const arg of args) {
    let found = false;
    if (GLOB_CHARS.test(arg) && !statOrNull(arg)) {
      expandGlob(arg, (file) => {
        found = add(file, false) || found;
      });
    } else {
      const stat = statOrNull(arg);
      if (stat?.isDirectory()) {
        walk(arg, (file) => {
          found = add(file, false) || found;
        });
        // An empty folder is not an error: it simply holds no reports.
        found = true;
      } else if (stat) {
        found = add(arg, true) || isWordLockFile(arg);
      }
    }
    if (!found) missing.push(arg);
  }
  const byPath = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  const files = [...byAbsolutePath.values()].sort(byPath);
  // a file a glob did not match is not "skipped": only what a folder walk or a matching glob met counts
  const skippedFiles = [...skipped.entries()].filter(([key]) => !byAbsolutePath.has(key)).map(([, file]) => file).sort((a, b) => byPath(a.path, b.path));
  return { files, missing, lockFiles, skipped: skippedFiles };
}
