/**
 * Files the operating system will not hand over, or that a worker could not
 * finish, said in plain words (what is wrong, what to do), in Chinese and
 * English, as the IngestError the pipeline turns into an `ingest-failed` finding.
 */
import { IngestError } from '../ingest/ingest-error.js';

export function missingFile(): IngestError {
  return new IngestError(
    'unreadable',
    '找不到该文件或没有匹配的文件。请检查路径是否写对。',
    'No such file, or nothing matches this pattern. Check the path.',
  );
}

export function fileSystemError(code: string | undefined, detail: string): IngestError {
  switch (code) {
    case 'ENOENT':
      return missingFile();
    case 'EACCES':
    case 'EPERM':
      return new IngestError('unreadable', '没有读取该文件的权限。请检查文件权限后重试。', 'Permission denied: check the file permissions and try again.');
    case 'EISDIR':
      return new IngestError('unreadable', '这是一个文件夹，不是报告文件。', 'This is a folder, not a report file.');
    default:
      return new IngestError('unreadable', `无法读取该文件（${detail}）。`, `The file could not be read (${detail}).`);
  }
}

export function timedOut(seconds: number): IngestError {
  return new IngestError(
    'timeout',
    `处理超过 ${seconds} 秒仍未完成，已中止。文件可能损坏或异常庞大；可用 Word/WPS 打开后另存为 .docx 再试，或用 --timeout 放宽时限。`,
    `Checking did not finish within ${seconds} s and was stopped. The file may be damaged or unusually large; re-save it from Word/WPS as .docx, or allow more time with --timeout.`,
  );
}

export function workerDied(detail: string): IngestError {
  return new IngestError(
    'unreadable',
    `处理该文件时超出内存上限或意外中止（${detail}）。文件可能损坏或异常庞大；可用 Word/WPS 打开后另存为 .docx 再试，或用 --max-memory 放宽上限。`,
    `Checking this file ran out of memory or stopped unexpectedly (${detail}). The file may be damaged or unusually large; re-save it from Word/WPS as .docx, or allow more memory with --max-memory.`,
  );
}
