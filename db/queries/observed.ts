import type { DbHandle } from '../client';

/** Replaces what Omaperhe was observed to show in a region (call inside a write transaction). */
export function replaceObserved(handle: DbHandle, regionCode: string, pairs: readonly { articleId: string; serviceId: string }[], now: string): void {
  handle.sqlite.prepare(`DELETE FROM observed_links WHERE region_code = ?`).run(regionCode);
  const insert = handle.sqlite.prepare(`INSERT OR IGNORE INTO observed_links (region_code, article_id, service_id, observed_at) VALUES (?, ?, ?, ?)`);
  for (const pair of pairs) insert.run(regionCode, pair.articleId, pair.serviceId, now);
}

/** Observed surfacing of a region: article id → service ids. */
export function loadObserved(handle: DbHandle, regionCode: string): Map<string, Set<string>> {
  const rows = handle.sqlite.prepare(`SELECT article_id AS a, service_id AS s FROM observed_links WHERE region_code = ?`).all(regionCode) as { a: string; s: string }[];
  const out = new Map<string, Set<string>>();
  for (const { a, s } of rows) {
    let set = out.get(a);
    if (!set) out.set(a, (set = new Set()));
    set.add(s);
  }
  return out;
}

export function hasObserved(handle: DbHandle, regionCode: string): boolean {
  return handle.sqlite.prepare(`SELECT 1 FROM observed_links WHERE region_code = ? LIMIT 1`).get(regionCode) !== undefined;
}
