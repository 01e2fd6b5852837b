import type { DbHandle } from '../../../db/client';
import { snapshotHashes } from '../../../db/queries/catalogue';

/** What of a request tells which catalogue it was written against. */
export interface RequestCatalogue {
  baseSnapshotId: number | null;
  createdAt: string;
}

/**
 * The services in the catalogue when a request was written, so a new description is looked
 * for only among services that came after it. Each snapshot is read once per check.
 */
export class ServicesAtRequest {
  private readonly bySnapshot = new Map<number, ReadonlySet<string>>();

  constructor(private readonly handle: DbHandle) {}

  /**
   * Ids in lowercase; null when no catalogue was there yet. A request without its snapshot (one
   * imported from a file) is judged against the snapshot that was newest when it was created.
   */
  of(request: RequestCatalogue): ReadonlySet<string> | null {
    const snapshotId = request.baseSnapshotId ?? this.snapshotAt(request.createdAt);
    if (snapshotId === null) return null;
    let ids = this.bySnapshot.get(snapshotId);
    if (!ids) {
      ids = new Set([...snapshotHashes(this.handle, snapshotId).keys()].map((id) => id.toLowerCase()));
      this.bySnapshot.set(snapshotId, ids);
    }
    return ids;
  }

  private snapshotAt(at: string): number | null {
    return this.handle.sqlite.prepare(`SELECT max(id) FROM snapshots WHERE created_at <= ?`).pluck().get(at) as number | null;
  }
}
