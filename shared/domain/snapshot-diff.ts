import type { ArticleSurfacing } from './types';

/** Services that began or stopped surfacing in one article between two snapshots. */
export interface SurfacingChange {
  articleId: string;
  began: string[];
  stopped: string[];
}

/**
 * Compares per-article surfacing of two snapshots; lists only articles that changed,
 * in article id order, with sorted service ids.
 */
export function compareSurfacing(
  before: ReadonlyMap<string, ArticleSurfacing>,
  after: ReadonlyMap<string, ArticleSurfacing>,
): SurfacingChange[] {
  const articleIds = [...new Set([...before.keys(), ...after.keys()])].sort();
  const changes: SurfacingChange[] = [];
  for (const articleId of articleIds) {
    const old = before.get(articleId) ?? new Map();
    const now = after.get(articleId) ?? new Map();
    const began = [...now.keys()].filter((id) => !old.has(id)).sort();
    const stopped = [...old.keys()].filter((id) => !now.has(id)).sort();
    if (began.length > 0 || stopped.length > 0) changes.push({ articleId, began, stopped });
  }
  return changes;
}
