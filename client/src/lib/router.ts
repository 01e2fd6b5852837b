import { useSyncExternalStore } from 'react';

/**
 * A small history-API router: the URL is the state (route and filters), so a view can be
 * bookmarked, shared and restored after a reload.
 */
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

const currentUrl = () => window.location.pathname + window.location.search;

/** Goes to a path (with its query); `replace` keeps filter typing out of the back-button history. */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === currentUrl()) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  for (const listener of listeners) listener();
}

/** The current path and query; re-renders when either changes. */
export function useLocation(): { path: string; search: URLSearchParams } {
  const url = useSyncExternalStore(subscribe, currentUrl);
  const [path = '/', query = ''] = url.split('?');
  return { path, search: new URLSearchParams(query) };
}

/** Only the path: a component that needs no query does not re-render while filters change. */
export function usePath(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

/** The given query parameters only (as a query string), re-rendering when just those change. */
export function useSearchKeys(keys: readonly string[]): URLSearchParams {
  const joined = useSyncExternalStore(subscribe, () => {
    const all = new URLSearchParams(window.location.search);
    const picked = new URLSearchParams();
    for (const key of keys) {
      const value = all.get(key);
      if (value !== null) picked.set(key, value);
    }
    return picked.toString();
  });
  return new URLSearchParams(joined);
}

/** Changes query parameters of the current URL; empty values are removed. */
export function updateSearch(changes: Record<string, string | null>, options: { replace?: boolean; path?: string } = {}): void {
  const next = new URLSearchParams(window.location.search);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === '') next.delete(key);
    else next.set(key, value);
  }
  const query = next.toString();
  navigate(`${options.path ?? window.location.pathname}${query ? `?${query}` : ''}`, { replace: options.replace });
}

/** Reads and writes query parameters; re-renders on any change of the query. */
export function useSearchParams(): [URLSearchParams, typeof updateSearch] {
  const { search } = useLocation();
  return [search, updateSearch];
}

/** A link that navigates without reloading, keeping the given query. */
export function linkTo(path: string, keep: URLSearchParams, keys: readonly string[] = ['region', 'compare']): string {
  const next = new URLSearchParams();
  for (const key of keys) {
    const value = keep.get(key);
    if (value) next.set(key, value);
  }
  const query = next.toString();
  return `${path}${query ? `?${query}` : ''}`;
}
