/** `jixiao rules`: the rule catalogue — code, severity, what each rule checks and why — as a Markdown table. */
import type { Lang } from '../export/lang.js';
import { rulesMarkdown } from '../validate/index.js';
import type { Streams } from './check-command.js';

export function runRules(lang: Lang, io: Streams): number {
  io.stdout.write(rulesMarkdown(lang));
  return 0;
}
