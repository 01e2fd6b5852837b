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

function typingInField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.getAttribute('role') === 'combobox';
}

/**
 * Keyboard triage for the article view: j/k (or arrows) move, i include, e exclude, u undo,
 * f flag, x select, c comment, ? help. Off while typing or while a dialog is open.
 */
export function useTriageKeys(handlers: TriageHandlers, enabled: boolean): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || typingInField(event.target)) return;
      if (document.querySelector('[role="dialog"][aria-modal="true"]')) return;
      const action = keyMap[event.key];
      if (!action) return;
      event.preventDefault();
      latest.current[action]();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [enabled]);
}
