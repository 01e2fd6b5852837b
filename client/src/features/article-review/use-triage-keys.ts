import { useEffect, useRef } from 'react';

export interface TriageHandlers {
  next: () => void;
  previous: () => void;
  include: () => void;
  exclude: () => void;
  undo: () => void;
  flag: () => void;
  toggleSelect: () => void;
  comment: () => void;
  help: () => void;
}

const keyMap: Record<string, keyof TriageHandlers> = {
  j: 'next',
  ArrowDown: 'next',
  k: 'previous',
  ArrowUp: 'previous',
  i: 'include',
  e: 'exclude',
  u: 'undo',
  f: 'flag',
  x: 'toggleSelect',
  c: 'comment',
  '?': 'help',
};

/** Shortcuts act only while the reviewer is on the list of services (or nowhere in particular). */
function onServiceList(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target === document.body || target.id === 'main') return true;
  const row = target.closest('[data-testid="service-row"]');
  return row !== null && (target === row || target.getAttribute('type') === 'checkbox' || target.tagName === 'BUTTON');
}

/**
 * Keyboard triage for the article view: j/k (or arrows) move, i include, e exclude, u undo,
 * f flag, x select, c comment, ? help. They act only while focus is on the page or in the
 * list of services (WCAG 2.1.4: never while typing or in another control), and the caller
 * turns them off while a dialog is open.
 */
export function useTriageKeys(handlers: TriageHandlers, enabled: boolean): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || !onServiceList(event.target)) return;
      const action = keyMap[event.key];
      if (!action) return;
      event.preventDefault();
      latest.current[action]();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [enabled]);
}
