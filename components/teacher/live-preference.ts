'use client';
import { useCallback, useSyncExternalStore } from 'react';

const KEY = 'open-door:board-paused';
const EVENT = 'open-door:board-paused';
/** The choice for this page's life when the browser refuses storage. */
let remembered = false;

function subscribe(onChange: () => void) {
  window.addEventListener('storage', onChange);
  window.addEventListener(EVENT, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(EVENT, onChange);
  };
}

function read(): boolean {
  try {
    const stored = window.localStorage.getItem(KEY);
    return stored === null ? remembered : stored === '1';
  } catch {
    return remembered;
  }
}

/** Whether the teacher paused the board's live updates; remembered in this browser (WCAG 2.2.2). */
export function useBoardPaused(): [boolean, (paused: boolean) => void] {
  const paused = useSyncExternalStore(subscribe, read, () => false);
  const set = useCallback((next: boolean) => {
    remembered = next;
    try {
      window.localStorage.setItem(KEY, next ? '1' : '0');
    } catch {
      // Storage refused (private mode): the choice lasts as long as the page.
    }
    window.dispatchEvent(new Event(EVENT));
  }, []);
  return [paused, set];
}
