import { useSyncExternalStore } from 'react';

/**
 * The reviewer's own name, kept in this browser and sent with every request so decisions,
 * flags and comments say who made them. Sign-in will replace it.
 */
const storageKey = 'lp-reviewer';
const listeners = new Set<() => void>();

export function reviewerName(): string {
  return localStorage.getItem(storageKey) ?? '';
}

export function setReviewerName(name: string): void {
  localStorage.setItem(storageKey, name.trim().slice(0, 80));
  for (const listener of listeners) listener();
}

export function useReviewerName(): string {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    reviewerName,
  );
}
