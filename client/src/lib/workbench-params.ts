import { updateSearch, useSearchKeys } from './router';

const regionKey = 'lp-region';
export const defaultRegion = '01';

/**
 * The region under review and the snapshot to compare with, from the URL (so links keep
 * them); the region also falls back to the one last chosen in this browser.
 */
export function useWorkbenchParams(): {
  region: string;
  compare: number | null;
  setRegion: (code: string) => void;
  setCompare: (snapshotId: number | null) => void;
} {
  const search = useSearchKeys(['region', 'compare']);
  const update = updateSearch;
  const region = search.get('region') ?? localStorage.getItem(regionKey) ?? defaultRegion;
  const compareRaw = Number(search.get('compare'));
  return {
    region,
    compare: Number.isInteger(compareRaw) && compareRaw > 0 ? compareRaw : null,
    setRegion: (code) => {
      localStorage.setItem(regionKey, code);
      update({ region: code });
    },
    setCompare: (snapshotId) => update({ compare: snapshotId === null ? null : String(snapshotId) }),
  };
}
