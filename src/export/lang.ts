/** The two languages of everything a person reads: Chinese by default, English on request. */
import type { Finding } from '../model.js';

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

export function findingMessage(finding: Pick<Finding, 'message' | 'messageEn'>, lang: Lang): string {
  return lang === 'en' ? finding.messageEn : finding.message;
}
