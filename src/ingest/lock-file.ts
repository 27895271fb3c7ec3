/**
 * Word, Excel and WPS leave an owner file `~$name.docx` / `~$name.xlsx` next
 * to a document while it is open (a few hundred bytes naming the user). It is not a report: the CLI
 * skips it rather than reporting it as unreadable.
 */
import { basename } from 'node:path';

const OFFICE_EXTENSION = /\.(docx?|docm|dotx?|wps|wpt|rtf|txt|xlsx?|xlsm|et)$/i;

export function isWordLockFile(path: string): boolean {
  const name = basename(path.replaceAll('\\', '/'));
  return name.startsWith('~$') && OFFICE_EXTENSION.test(name);
}
