import { compareSurfacing, type SurfacingChange } from '../../shared/domain/snapshot-diff';
import type { ArticleSurfacing } from '../../shared/domain/types';
import type { DbHandle } from '../../db/client';
import { findSnapshot, listSnapshots } from '../../db/queries/catalogue';
import { UserError } from '../user-error';
import { loadWorkspace } from './load-workspace';

/** Which services began or stopped surfacing in which article between two snapshots. */
export function buildSnapshotDiff(handle: DbHandle, region: string, from?: number, to?: number): { region: string; from: string; to: string; changes: SurfacingChange[] } {
  const ids = listSnapshots(handle).map((s) => s.id);
  const toId = to ?? ids[0];
  const fromId = from ?? ids.find((id) => toId !== undefined && id < toId);
  if (toId === undefined || fromId === undefined) throw new UserError('a snapshot diff needs two snapshots; import the catalogue again first');
  for (const id of [fromId, toId]) if (!findSnapshot(handle, id)) throw new UserError(`unknown snapshot ${id}`);
  const surfacingOf = (snapshotId: number) => {
    const { workspace, articles } = loadWorkspace(handle, snapshotId);
    if (!workspace.regionCodes().includes(region)) throw new UserError(`unknown region "${region}"`);
    return new Map<string, ArticleSurfacing>(articles.map((a) => [a.id, workspace.surfacing(region, a.id)]));
  };
  return { region, from: String(fromId), to: String(toId), changes: compareSurfacing(surfacingOf(fromId), surfacingOf(toId)) };
}
