/** `jixiao rules`: the rule catalogue — code, severity, what each rule checks and why an auditor cares. */
import type { Lang } from '../export/lang.js';
import type { Streams } from './check-command.js';

interface RuleEntry {
  code: string;
  severity: string;
  title: { zh: string; en: string };
  checks: { zh: string; en: string };
}

// The catalogue lives with the validator; read through a dynamic import until its export lands.
async function catalogue(): Promise<RuleEntry[]> {
  const mod: Record<string, unknown> = await import('../validate/index.js');
  return Array.isArray(mod.rules) ? (mod.rules as RuleEntry[]) : [];
}

export function rulesText(rules: readonly RuleEntry[], lang: Lang): string {
  return rules.map((r) => `${r.code}  [${r.severity}]  ${r.title[lang]}\n    ${r.checks[lang]}`).join('\n\n');
}

export async function runRules(lang: Lang, io: Streams): Promise<number> {
  io.stdout.write(`${rulesText(await catalogue(), lang)}\n`);
  return 0;
}
