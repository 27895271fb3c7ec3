/**
 * For CLI tests: run the built command (`node bin/jixiao.js`, as a user
 * would after `npm ci`) and build input folders on disk.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeZip } from '../fuzz/zip.js';
import { repoRoot } from '../support/corpus.js';

export const bin = path.join(repoRoot, 'bin', 'jixiao.js');
export const seedText = path.join(repoRoot, 'fixtures', 'shenxing-2022-summary.txt');
export const seedDocx = path.join(repoRoot, 'fixtures', 'shenxing-2022-summary.docx');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function run(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { cwd: options.cwd ?? repoRoot, env: { ...process.env, ...options.env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error && typeof error.code === 'number' ? error.code : error ? -1 : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

export function tempDir(prefix = 'jixiao-cli-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** A report in prose only: no project table, count, total or score — nothing to compare, so unchecked. */
export const PROSE_ONLY_REPORT = `2023年度白石镇人民政府整体绩效自评报告

一、基本情况
我镇认真落实绩效管理要求，组织各站所开展自评。

二、绩效目标实现情况
各项工作有序推进，群众满意度较高。

三、下一步工作
进一步加强预算绩效管理。
`;

/** A small consistent report: 3 projects, 60万元, all at 100%, score 95 — no error or warning. */
export const CLEAN_REPORT = `2023年度青山镇人民政府整体绩效自评报告

根据青山县财政局关于开展绩效自评工作的通知要求，现将自评情况报告如下。

一、绩效自评工作组织开展情况
我镇成立绩效自评工作组，对全部预算项目开展自评。

二、绩效目标实现情况
2023年我镇预算项目3个，涉及资金60万元。实现程度达到100%的项目有3个。自评得分为95分。

项目名称|资金数额（万元）|实现程度（%）|自评得分
道路维修|20|100|95
饮水安全|30|100|95
<script>alert(1)</script>|10|100|95

三、绩效目标设定质量情况
绩效目标设定明确、合理。

四、整改措施及结果应用
对自评发现的问题及时整改。
`;

/**
 * The mixed folder of the acceptance tests: good reports (the seed as text
 * and docx, a clean one), broken files (empty, random bytes, a PDF, a zip
 * that is not Word), two inputs with the same base name in different
 * subfolders, plus things that are not inputs (a lock file, a .csv).
 * Returns the folder and the inputs' paths relative to it, sorted.
 */
export function mixedFolder(): { dir: string; inputs: string[]; broken: string[] } {
  const dir = tempDir('jixiao-mixed-');
  const put = (rel: string, content: string | Buffer): void => {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), content);
  };
  copyFileSync(seedText, path.join(dir, 'seed.txt'));
  copyFileSync(seedDocx, path.join(dir, 'seed.DOCX'));
  put('clean.txt', CLEAN_REPORT);
  put('2022/report.txt', CLEAN_REPORT);
  put('2023/report.txt', CLEAN_REPORT.replace('预算项目3个', '预算项目4个'));
  put('broken/empty.txt', '');
  put('broken/random.docx', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)));
  put('broken/scan.docx', '%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n');
  put('broken/archive.docx', writeZip([{ name: 'readme.txt', data: Buffer.from('not a Word document') }]));
  put('~$seed.docx', 'owner file');
  put('notes.csv', 'a,b\n');
  const broken = ['broken/archive.docx', 'broken/empty.txt', 'broken/random.docx', 'broken/scan.docx'];
  const inputs = ['2022/report.txt', '2023/report.txt', ...broken, 'clean.txt', 'seed.DOCX', 'seed.txt'];
  return { dir, inputs, broken };
}
