// The README is documentation users follow: its quick start and rule table must stay true.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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
});
