/**
 * The words behind the signatures' hashes, kept on disk instead of in
 * memory: one JSON line per report in a temp file, and only its offset and
 * length in memory. The batch stage reads back the few reports a finding
 * needs as evidence.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PassageDetail, ProjectDetail, SignatureDetails } from './signature.js';

export class DetailStore {
  private readonly dir: string;
  private readonly fd: number;
  private offset = 0;
  private readonly starts: number[] = [];
  private readonly lengths: number[] = [];
  private closed = false;

  constructor() {
    this.dir = mkdtempSync(path.join(tmpdir(), 'jixiao-batch-'));
    this.fd = openSync(path.join(this.dir, 'details.jsonl'), 'w+');
  }

  /** Stores one report's details; returns its number in the store. */
  put(details: SignatureDetails): number {
    this.record(details.passages);
    this.record(details.projects);
    return this.starts.length / 2 - 1;
  }

  get(id: number): SignatureDetails {
    return { passages: this.read<PassageDetail[]>(2 * id) ?? [], projects: this.projects(id) };
  }

  projects(id: number): ProjectDetail[] {
    return this.read<ProjectDetail[]>(2 * id + 1) ?? [];
  }

  private record(value: unknown): void {
    const bytes = Buffer.from(`${JSON.stringify(value)}\n`, 'utf8');
    writeSync(this.fd, bytes, 0, bytes.length, this.offset);
    this.starts.push(this.offset);
    this.lengths.push(bytes.length);
    this.offset += bytes.length;
  }

  private read<T>(record: number): T | null {
    const start = this.starts[record];
    const length = this.lengths[record];
    if (start === undefined || length === undefined) return null;
    const buffer = Buffer.alloc(length);
    let read = 0;
    while (read < length) {
      const n = readSync(this.fd, buffer, read, length - read, start + read);
      if (n === 0) break;
      read += n;
    }
    return JSON.parse(buffer.toString('utf8', 0, read)) as T;
  }

  /** Removes the temp file. Safe to call twice. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.fd);
    rmSync(this.dir, { recursive: true, force: true });
  }
}
