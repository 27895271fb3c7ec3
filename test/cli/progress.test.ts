import { describe, expect, it } from 'vitest';
import { makeProgress } from '../../src/cli/progress.js';

function fakeStream(isTTY: boolean): NodeJS.WriteStream & { text: string } {
  const stream = { isTTY, columns: 60, text: '', write(s: string) { stream.text += s; return true; } };
  return stream as unknown as NodeJS.WriteStream & { text: string };
}

describe('progress on stderr', () => {
  it('redraws one bar in place on a terminal, and clears it at the end', () => {
    const tty = fakeStream(true);
    const p = makeProgress(tty, false);
    p.update(1, 4, 'a.txt');
    p.update(2, 4, `${'很'.repeat(10)}/${'x'.repeat(80)}.docx`);
    p.end();
    const frames = tty.text.split('\r\x1b[2K').filter((f) => f !== '');
    expect(frames[0]).toBe(`[${'█'.repeat(6)}${'░'.repeat(18)}] 1/4 a.txt`);
    expect(frames[1]?.startsWith(`[${'█'.repeat(12)}${'░'.repeat(12)}] 2/4 …`)).toBe(true);
    expect(frames[1]?.length).toBeLessThan(60);
    expect(tty.text.endsWith('\r\x1b[2K')).toBe(true);
    expect(tty.text).not.toContain('\n');
  });

  it('writes plain lines when stderr is not a terminal, and nothing with --quiet', () => {
    const log = fakeStream(false);
    const p = makeProgress(log, false);
    p.update(1, 2, 'a.txt');
    p.update(2, 2, 'b.txt');
    p.end();
    expect(log.text).toBe('[1/2] a.txt\n[2/2] b.txt\n');
    const quiet = fakeStream(true);
    makeProgress(quiet, true).update(1, 1, 'a.txt');
    expect(quiet.text).toBe('');
  });
});
