// The README is documentation users follow: its quick start and rule table must stay true.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { consoleText } from '../src/cli/messages.js';
import { STATUS_WORDS } from '../src/export/lexicon-checks.js';
import { AUDIT_SHEETS } from '../src/export/audit-sheets.js';
import { rulesMarkdown } from '../src/validate/index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const ciRun = readFileSync(new URL('../.ci/run', import.meta.url), 'utf8');

describe('README', () => {
  it('shows the rule catalogue exactly as `jixiao rules --lang en` prints it', () => {
    expect(readme).toContain(rulesMarkdown('en').trim());
  });

  it('has the two quick-start commands, and CI runs the same test command', () => {
    expect(readme).toContain('npm ci && npx jixiao check fixtures/ --out out/');
    expect(readme).toMatch(/^npm test\b/m);
    expect(ciRun).toMatch(/^npm ci$/m);
    expect(ciRun).toMatch(/^npm test$/m);
  });

  it('shows the console totals line as the console prints it, with the batch stage’s count', () => {
    const shapeOf = (text: string) =>
      text
        .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
        .replace(/\{elapsed\}/, '[\\d.]+ m?s')
        .replace(/\{\w+\}/g, '\\d+');
    const t = consoleText('zh');
    expect(readme).toMatch(new RegExp(`^${shapeOf(t.totals)}${shapeOf(t.batchTotals)}$`, 'm'));
  });

  it('explains the four statuses with the words the outputs use, and --fail-on unchecked', () => {
    for (const [status, words] of Object.entries(STATUS_WORDS)) {
      expect(readme).toMatch(new RegExp(`^\\| \`${status}\` \\| ${words.zh} / ${words.en} \\|`, 'm'));
    }
    expect(readme).toContain('--fail-on error|warning|unchecked|never');
    expect(readme).toContain('`--fail-on unchecked`');
  });

  it('names every sheet of audit.xlsx in both languages', () => {
    for (const sheet of AUDIT_SHEETS) expect(readme).toContain(`| ${sheet.name.zh} / ${sheet.name.en} |`);
  });
});
