import { changeStamp, type DbHandle } from '../../db/client';
import { loadWorkspace, type LoadedCatalogue } from '../engine/load-workspace';

/**
 * Keeps the loaded catalogue (workspace, services, articles) in memory between requests
 * and reloads it only when a new snapshot, article, region or organisation change is stored.
 */
export class CatalogueCache {
  private current: { stamp: string; loaded: LoadedCatalogue } | null = null;
  private checkedAt: string | null = null;

  constructor(private readonly handle: DbHandle) {}

  get(): LoadedCatalogue {
    // Nothing written since the last check: skip even the cheap content stamp.
    const change = changeStamp(this.handle);
    if (this.current && this.checkedAt === change) return this.current.loaded;
    const stamp = this.stamp();
    if (!this.current || this.current.stamp !== stamp) this.current = { stamp, loaded: loadWorkspace(this.handle) };
    this.checkedAt = change;
    return this.current.loaded;
  }

  private stamp(): string {
    const row = this.handle.sqlite
      .prepare(
        `SELECT (SELECT coalesce(max(id), 0) FROM snapshots) AS s,
                (SELECT count(*) || ':' || coalesce(max(updated_at), '') || ':' || coalesce(sum(version), 0) FROM articles) AS a,
                (SELECT count(*) || ':' || coalesce(max(updated_at), '') FROM regions) AS r,
                (SELECT count(*) || ':' || coalesce(max(modified), '') || ':' || coalesce(max(last_snapshot_id), 0) FROM organizations) AS o`,
      )
      .get() as { s: number; a: string; r: string; o: string };
    return `${row.s}|${row.a}|${row.r}|${row.o}`;
  }
}
