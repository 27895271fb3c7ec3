/**
 * The command line: `jixiao check | parse | schema | rules`, with --help and
 * --version everywhere. Arguments are read with node:util parseArgs; a
 * mistake in them is a UsageError (message and usage on stderr, exit 2),
 * never a stack trace. Each command's modules are loaded only when it runs,
 * so --help and usage errors answer at once.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism, freemem } from 'node:os';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isLang, type Lang } from '../export/lang.js';
import { MB, type IngestLimits } from '../ingest/limits.js';
import type { FailOn, Streams } from './check-command.js';
import { USAGE, UsageError, type CommandName } from './usage.js';

const COMMON = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
} as const;

const LANG_OPTION = { lang: { type: 'string' } } as const;

/** The bounds on one file (src/ingest/limits.ts), for check and parse alike. */
const LIMIT_OPTIONS = {
  'max-file-mb': { type: 'string' },
  'max-text-mb': { type: 'string' },
  'max-inflated-mb': { type: 'string' },
  'max-rows': { type: 'string' },
  'max-sheet-cells': { type: 'string' },
} as const;

const PARSE_OPTIONS = { ...COMMON, ...LIMIT_OPTIONS } as const;

const CHECK_OPTIONS = {
  ...COMMON,
  ...LANG_OPTION,
  out: { type: 'string', short: 'o' },
  jobs: { type: 'string', short: 'j' },
  'fail-on': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  timeout: { type: 'string' },
  'max-memory': { type: 'string' },
  ...LIMIT_OPTIONS,
} as const;

const DEFAULT_TIMEOUT_SECONDS = 60;
/** what one worker takes once loaded (nodejieba's dictionaries are most of it), measured at ~350 MB */
const WORKER_FOOTPRINT_BYTES = 400 * MB;

/** One worker per CPU, but no more than free memory holds: sixteen cores on an 8 GB laptop must not swap. */
export function defaultJobs(cpus = availableParallelism(), free = freemem()): number {
  return Math.max(1, Math.min(cpus, Math.floor(free / WORKER_FOOTPRINT_BYTES)));
}
const DEFAULT_MAX_MEMORY_MB = 1024;

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function schemaText(): string {
  return readFileSync(new URL('../../schemas/report.schema.json', import.meta.url), 'utf8');
}

function parseCommandArgs<O extends ParseArgsConfig['options']>(argv: string[], options: O, command: CommandName) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error), command);
  }
}

function langOf(value: string | undefined, command: CommandName): Lang {
  if (value === undefined) return 'zh';
  if (!isLang(value)) throw new UsageError(`--lang must be zh or en, not "${value}"`, command);
  return value;
}

/** A flag's number, checked to be positive (and whole when asked); undefined when the flag is not given. */
function givenPositive(value: string | undefined, flag: string, integer: boolean, command: CommandName): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) {
    throw new UsageError(`${flag} must be a positive ${integer ? 'whole ' : ''}number, not "${value}"`, command);
  }
  return n;
}

function positiveNumber(value: string | undefined, flag: string, fallback: number, integer: boolean): number {
  return givenPositive(value, flag, integer, 'check') ?? fallback;
}

/** The limit flags given, in bytes and rows; a flag not given leaves its default (src/ingest/limits.ts) to the pipeline. */
function limitsOf(values: { [K in keyof typeof LIMIT_OPTIONS]?: string | undefined }, command: CommandName): Partial<IngestLimits> {
  const bytes = (flag: keyof typeof LIMIT_OPTIONS): number | undefined => {
    const mb = givenPositive(values[flag], `--${flag}`, false, command);
    // at least one byte: a tiny fraction of a MB still means "some", not "none"
    return mb === undefined ? undefined : Math.max(1, Math.floor(mb * MB));
  };
  const given: Partial<IngestLimits> = {
    maxFileBytes: bytes('max-file-mb'),
    maxTextBytes: bytes('max-text-mb'),
    maxInflatedBytes: bytes('max-inflated-mb'),
    maxTableRows: givenPositive(values['max-rows'], '--max-rows', true, command),
    maxSheetCells: givenPositive(values['max-sheet-cells'], '--max-sheet-cells', true, command),
  };
  // only the flags given: the worker gets plain data, and an absent flag is no key at all
  return Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) as Partial<IngestLimits>;
}

function failOnOf(value: string | undefined): FailOn {
  if (value === undefined) return 'error';
  // the levels listed here, not imported: check-command loads only when check runs
  const level = (['error', 'warning', 'unchecked', 'never'] as const satisfies readonly FailOn[]).find((l) => l === value);
  if (level) return level;
  throw new UsageError(`--fail-on must be error, warning, unchecked or never, not "${value}"`, 'check');
}

async function runCommand(command: CommandName, argv: string[], io: Streams): Promise<number> {
  switch (command) {
    case 'check': {
      const { values, positionals } = parseCommandArgs(argv, CHECK_OPTIONS, command);
      if (values.help) return help(command, io);
      if (values.version) return version(io);
      if (positionals.length === 0) throw new UsageError('name at least one file, folder or glob to check', command);
      const { runCheck } = await import('./check-command.js');
      return runCheck(
        {
          inputs: positionals,
          out: values.out ?? null,
          jobs: positiveNumber(values.jobs, '--jobs', defaultJobs(), true),
          failOn: failOnOf(values['fail-on']),
          lang: langOf(values.lang, command),
          quiet: values.quiet ?? false,
          timeoutMs: positiveNumber(values.timeout, '--timeout', DEFAULT_TIMEOUT_SECONDS, false) * 1000,
          maxMemoryMb: positiveNumber(values['max-memory'], '--max-memory', DEFAULT_MAX_MEMORY_MB, true),
          limits: limitsOf(values, command),
        },
        io,
      );
    }
    case 'parse': {
      const { values, positionals } = parseCommandArgs(argv, PARSE_OPTIONS, command);
      if (values.help) return help(command, io);
      if (values.version) return version(io);
      const [file, ...extra] = positionals;
      if (file === undefined || extra.length > 0) throw new UsageError('parse takes exactly one file', command);
      const limits = limitsOf(values, command);
      const { runParse } = await import('./parse-command.js');
      return runParse(file, io, limits);
    }
    case 'schema': {
      const { values, positionals } = parseCommandArgs(argv, COMMON, command);
      if (values.help) return help(command, io);
      if (values.version) return version(io);
      if (positionals.length > 0) throw new UsageError('schema takes no arguments', command);
      io.stdout.write(schemaText());
      return 0;
    }
    case 'rules': {
      const { values, positionals } = parseCommandArgs(argv, { ...COMMON, ...LANG_OPTION }, command);
      if (values.help) return help(command, io);
      if (values.version) return version(io);
      if (positionals.length > 0) throw new UsageError('rules takes no arguments', command);
      const lang = langOf(values.lang, command);
      const { runRules } = await import('./rules-command.js');
      return runRules(lang, io);
    }
  }
}

function help(command: CommandName | 'top', io: Streams): number {
  io.stdout.write(`${USAGE[command]}\n`);
  return 0;
}

function version(io: Streams): number {
  io.stdout.write(`${packageVersion()}\n`);
  return 0;
}

function isCommand(name: string): name is CommandName {
  return name === 'check' || name === 'parse' || name === 'schema' || name === 'rules';
}

export async function main(argv: string[], io: Streams = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const [first, ...rest] = argv;
  try {
    if (first === undefined) throw new UsageError('name a command', 'top');
    if (first === '--help' || first === '-h' || first === 'help') return help('top', io);
    if (first === '--version' || first === '-V') return version(io);
    if (!isCommand(first)) throw new UsageError(`unknown command "${first}"`, 'top');
    return await runCommand(first, rest, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`jixiao: ${error.message}\n\n${USAGE[error.command]}\n`);
    return 2;
  }
}
