'use client';
import { useSyncExternalStore } from 'react';

/**
 * The reader's zone, from the browser. On the server (and while hydrating) it is null: the server
 * cannot know it, so the first paint shows UTC, labelled as such, and the browser then re-renders
 * in its own zone without a hydration mismatch.
 */
const subscribe = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
const serverZone = () => null;

export function useReaderZone(): string | null {
  return useSyncExternalStore(subscribe, browserZone, serverZone);
}
