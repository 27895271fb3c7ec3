/**
 * Where a `--cpu-prof` profile spends its time: self time by function and
 * by source file (node_modules packages grouped), largest first.
 *
 *   node --cpu-prof --cpu-prof-dir=bench/out/prof --import tsx bench/run.ts --profile
 *   node --import tsx bench/summarize-profile.ts bench/out/prof/<file>.cpuprofile [top]
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, topArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: summarize-profile <file.cpuprofile> [top]');
  process.exit(2);
}
const top = Number(topArg ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const byFunction = new Map<string, number>();
const byFile = new Map<string, number>();
let total = 0;
profile.samples.forEach((id, i) => {
  const frame = nodes.get(id)?.callFrame;
  const us = profile.timeDeltas[i] ?? 0;
  if (!frame) return;
  const url = frame.url.replace(/^file:\/\//, '').replace(/^.*?\/(node_modules|src|dist|bench)\//, '$1/');
  const fn = `${frame.functionName || '(anonymous)'} ${url}:${frame.lineNumber + 1}`;
  const where = url.startsWith('node_modules/') ? url.split('/').slice(0, 2).join('/') : url || frame.functionName;
  byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
  byFile.set(where, (byFile.get(where) ?? 0) + us);
  total += us;
});

const show = (title: string, entries: Map<string, number>) => {
  console.log(`\n${title}`);
  for (const [key, us] of [...entries].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${(us / 1000).toFixed(0).padStart(8)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${key}`);
  }
};
console.log(`total sampled ${(total / 1000).toFixed(0)} ms`);
show('self time by function', byFunction);
show('self time by file / package', byFile);
