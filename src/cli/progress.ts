/**
 * Progress on stderr: a bar redrawn in place when stderr is a terminal,
 * plain `[n/total] file` lines otherwise (logs, CI), nothing with --quiet.
 */
export interface Progress {
  update(done: number, total: number, file: string): void;
  end(): void;
}

const SILENT: Progress = { update() {}, end() {} };

function barProgress(stream: NodeJS.WriteStream): Progress {
  let drawn = false;
  return {
    update(done, total, file) {
      const columns = stream.columns || 80;
      const width = 24;
      const filled = total === 0 ? width : Math.round((done / total) * width);
      const head = `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${total} `;
      const room = Math.max(0, columns - head.length - 1);
      const name = file.length > room ? `…${file.slice(file.length - room + 1)}` : file;
      stream.write(`\r\x1b[2K${head}${name}`);
      drawn = true;
    },
    end() {
      if (drawn) stream.write('\r\x1b[2K');
    },
  };
}

function lineProgress(stream: NodeJS.WritableStream): Progress {
  return {
    update(done, total, file) {
      stream.write(`[${done}/${total}] ${file}\n`);
    },
    end() {},
  };
}

export function makeProgress(stream: NodeJS.WriteStream, quiet: boolean): Progress {
  if (quiet) return SILENT;
  return stream.isTTY ? barProgress(stream) : lineProgress(stream);
}
