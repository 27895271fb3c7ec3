/** parse, schema, rules, --help and --version through the built command. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model.js';
import { rules } from '../../src/validate/index.js';
import { repoRoot } from '../support/corpus.js';
import { expectValidReport } from '../support/schema.js';
import { run, seedText, tempDir } from './support.js';

const SLOW = 120_000;

describe('jixiao parse', () => {
  it('prints the seed report with its findings, valid against the schema', async () => {
    const r = await run(['parse', seedText]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expectValidReport(report);
    expect(report.projects).toHaveLength(24);
    expect(report.findings.map((f) => f.code)).toContain('distribution-mismatch');
  }, SLOW);

  it('prints a failed report and exits 1 for a file it cannot read', async () => {
    const empty = path.join(tempDir(), 'empty.txt');
    writeFileSync(empty, '');
    const r = await run(['parse', empty]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as Report;
    expectValidReport(report);
    expect(report.summary.status).toBe('failed');
    expect(r.stderr).toMatch(/^jixiao: .*empty\.txt: 文件是空的/);
  }, SLOW);

  it('exits 1 with a plain message for a missing file, 2 without exactly one file', async () => {
    const missing = await run(['parse', 'no/such/file.docx']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('找不到该文件');
    expect((await run(['parse'])).code).toBe(2);
    expect((await run(['parse', 'a', 'b'])).code).toBe(2);
  }, SLOW);
});

describe('jixiao schema and rules', () => {
  it('prints the committed schema unchanged', async () => {
    const r = await run(['schema']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(path.join(repoRoot, 'schemas', 'report.schema.json'), 'utf8'));
  }, SLOW);

  it('prints the whole rule catalogue, in Chinese or English', async () => {
    const [zh, en] = await Promise.all([run(['rules']), run(['rules', '--lang', 'en'])]);
    expect(zh.code).toBe(0);
    for (const rule of rules) {
      expect(zh.stdout).toContain(`\`${rule.code}\``);
      expect(zh.stdout).toContain(rule.title.zh);
      expect(en.stdout).toContain(rule.title.en);
    }
  }, SLOW);
});

describe('--help and --version', () => {
  const version = (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;

  it('answer for the tool and for every command, on stdout with exit 0', async () => {
    for (const command of [[], ['check'], ['parse'], ['schema'], ['rules']]) {
      const help = await run([...command, '--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain(command[0] ? `Usage: jixiao ${command[0]}` : 'Usage:\n  jixiao check');
      const v = await run([...command, '--version']);
      expect(v.code).toBe(0);
      expect(v.stdout).toBe(`${version}\n`);
    }
  }, SLOW);
});
