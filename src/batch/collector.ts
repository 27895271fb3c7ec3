/**
 * The main thread's side of the batch stage while files are checked: each
 * arriving signature is kept as its small typed arrays and figures (input
 * order), its words go to the detail store on disk.
 */
import { DetailStore } from './detail-store.js';
import type { BatchSignature, ProjectDetail, SignatureDetails } from './signature.js';

export type CollectedReport = Omit<BatchSignature, 'details'> & { detailId: number };

export class BatchCollector {
  /** one per input in input order; null for a file that could not be read */
  readonly reports: (CollectedReport | null)[] = [];
  private readonly store = new DetailStore();

  add(signature: BatchSignature | null): void {
    if (signature === null) {
      this.reports.push(null);
      return;
    }
    const { details, ...kept } = signature;
    const detailId = this.store.put(details ?? { passages: [], projects: [] });
    this.reports.push({ ...kept, detailId });
  }

  details(index: number): SignatureDetails {
    const report = this.reports[index];
    return report ? this.store.get(report.detailId) : { passages: [], projects: [] };
  }

  projects(index: number): ProjectDetail[] {
    const report = this.reports[index];
    return report ? this.store.projects(report.detailId) : [];
  }

  close(): void {
    this.store.close();
  }
}
