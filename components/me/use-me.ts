'use client';
import { usePathname } from 'next/navigation';
import { useEffect, useSyncExternalStore } from 'react';

/** The signed-in user as `/api/me` reports it; only what the public pages' role-aware parts show. */
export type TMe = { displayName: string; role: 'STUDENT' | 'TEACHER' };
export type TMeState = { known: false } | { known: true; user: TMe | null };

const LOADING: TMeState = { known: false };
let current: TMeState = LOADING;
let inflight: Promise<void> | null = null;
const listeners = new Set<() => void>();

function publish(next: TMeState) {
  current = next;
  for (const l of listeners) l();
}

function parseMe(body: unknown): TMe | null {
  const user = (body as { user?: unknown } | null)?.user as Partial<TMe> | null | undefined;
  if (!user || typeof user.displayName !== 'string') return null;
  return { displayName: user.displayName, role: user.role === 'TEACHER' ? 'TEACHER' : 'STUDENT' };
}

/** One request at a time, shared by every component on the page. A failed request reads as signed out. */
function refresh(): Promise<void> {
  inflight ??= fetch('/api/me', { cache: 'no-store', credentials: 'same-origin' })
    .then(async (res) => publish({ known: true, user: res.ok ? parseMe(await res.json()) : null }))
    .catch(() => publish({ known: true, user: null }))
    .finally(() => {
      inflight = null;
    });
  return inflight;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Who is signed in, asked again on every navigation (signing in or out moves to another page), so
 * the prerendered pages stay the same for everyone and only this small part differs.
 */
export function useMe(): TMeState {
  const pathname = usePathname();
  useEffect(() => {
    void refresh();
  }, [pathname]);
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => LOADING,
  );
}
