import type { DbHandle } from '../../db/client';
import { hasObserved, loadObserved } from '../../db/queries/observed';
import { UserError } from '../user-error';
import { loadWorkspace } from './load-workspace';

export interface Disagreement {
  articleId: string;
  /** Omaperhe shows these, the model does not surface them. */
  onlyObserved: { serviceId: string; modelSays: string }[];
  /** The model surfaces these, Omaperhe does not show them. */
  onlyComputed: string[];
}

/** Where the surfacing model and what Omaperhe actually shows disagree, per article. */
export function buildObservedReport(handle: DbHandle, region: string): { region: string; snapshot: string | null; agreeing: number; articles: Disagreement[] } {
  if (!hasObserved(handle, region)) throw new UserError(`no observed surfacing imported for region ${region}`);
  const { workspace, articles, snapshotId } = loadWorkspace(handle);
  if (!workspace.regionCodes().includes(region)) throw new UserError(`unknown region "${region}"`);
  const observed = loadObserved(handle, region);
  let agreeing = 0;
  const out: Disagreement[] = [];
  for (const { id } of articles) {
    const computed = workspace.surfacing(region, id);
    const seen = observed.get(id) ?? new Set<string>();
    const onlyObserved = [...seen].filter((s) => !computed.has(s)).sort().map((serviceId) => ({ serviceId, modelSays: workspace.explainAbsence(region, id, serviceId).reason }));
    const onlyComputed = [...computed.keys()].filter((s) => !seen.has(s)).sort();
    if (onlyObserved.length === 0 && onlyComputed.length === 0) agreeing += 1;
    else out.push({ articleId: id, onlyObserved, onlyComputed });
  }
  return { region, snapshot: snapshotId === null ? null : String(snapshotId), agreeing, articles: out };
}
