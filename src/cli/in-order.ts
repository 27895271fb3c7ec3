/**
 * Puts results that finish in any order back into input order: each is
 * passed on as soon as everything before it has been, and only the ones that
 * arrive early are held. This is what makes reports.jsonl the same for any
 * --jobs.
 */
export class InOrder<T> {
  private nextIndex = 0;
  private readonly early = new Map<number, T>();

  constructor(private readonly emit: (item: T, index: number) => void) {}

  push(index: number, item: T): void {
    this.early.set(index, item);
    for (let ready = this.early.get(this.nextIndex); ready !== undefined; ready = this.early.get(this.nextIndex)) {
      this.early.delete(this.nextIndex);
      this.emit(ready, this.nextIndex);
      this.nextIndex += 1;
    }
  }

  /** how many results wait for an earlier one */
  get waiting(): number {
    return this.early.size;
  }
}
