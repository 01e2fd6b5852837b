/**
 * What a finished import job returned, read defensively: the job result crosses the wire as
 * `unknown`, and the verification summary is added by the import when open change requests
 * were checked (one run per region, as verification.runs shows them).
 */
export interface CatalogueSummary {
  kind: 'catalogue';
  fileName: string;
  snapshotId: number | null;
  services: number;
  organizations: number;
  archived: number;
  skipped: { what: string; count: number }[];
}

export interface ArticlesSummary {
  kind: 'articles';
  fileName: string;
  articles: number;
  created: number;
  updated: number;
  unchanged: number;
  regions: number;
}

export interface VerificationSummary {
  /** The regions checked, each with the codes it verified (an id when the server gave one). */
  runs: { region: string; checked: number; verified: { id: number | null; code: string }[]; stillOpen: number }[];
  /** Why the check failed (the import itself was saved). */
  error: string | null;
}

const record = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
const count = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

export function importSummary(kind: 'catalogue' | 'articles', result: unknown): CatalogueSummary | ArticlesSummary {
  const r = record(result);
  if (kind === 'articles') {
    return { kind, fileName: text(r['fileName']), articles: count(r['articles']), created: count(r['created']), updated: count(r['updated']), unchanged: count(r['unchanged']), regions: count(r['regions']) };
  }
  const skipped = Object.entries(record(r['skipped']))
    .map(([what, n]) => ({ what, count: count(n) }))
    .filter((s) => s.count > 0);
  return {
    kind,
    fileName: text(r['fileName']),
    snapshotId: typeof r['snapshotId'] === 'number' ? r['snapshotId'] : null,
    services: count(r['services']),
    organizations: count(r['organizations']),
    archived: count(r['archived']),
    skipped,
  };
}

/**
 * The change requests the import's automatic check verified, by region; null when nothing
 * was checked. A verified request comes as its code, or as { id, code }.
 */
export function verificationSummary(result: unknown): VerificationSummary | null {
  const r = record(result);
  const raw = r['verification'];
  const error = typeof r['verificationError'] === 'string' ? r['verificationError'] : null;
  const runs = (Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw]).map(record).map((run) => ({
    region: text(run['region']),
    checked: count(run['checked']),
    verified: (Array.isArray(run['verified']) ? run['verified'] : []).flatMap((v: unknown) => {
      if (typeof v === 'string') return [{ id: null, code: v }];
      const item = record(v);
      return typeof item['code'] === 'string' ? [{ id: typeof item['id'] === 'number' ? item['id'] : null, code: item['code'] }] : [];
    }),
    stillOpen: Array.isArray(run['stillOpen']) ? run['stillOpen'].length : count(run['stillOpen']),
  }));
  if (runs.length === 0 && error === null) return null;
  return { runs, error };
}
