'use client';
import { useCallback, useEffect, useState } from 'react';

/** Where focus should go: an element id, or a function that finds the element once the screen is drawn. */
export type TFocusTarget = string | HTMLElement | (() => HTMLElement | null | undefined);

function resolve(target: TFocusTarget): HTMLElement | null {
  if (typeof target === 'string') return document.getElementById(target);
  return target instanceof HTMLElement ? target : (target() ?? null);
}

/**
 * Moves keyboard focus to the target, never to <body>. Headings, messages and other elements that
 * are not focusable by nature get tabIndex -1 so a script can focus them without adding a tab stop.
 * Returns whether focus landed on the target.
 */
export function moveFocus(target: TFocusTarget): boolean {
  const el = resolve(target);
  if (!el || !el.isConnected) return false;
  if (el.tabIndex < 0 && !el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
  el.focus();
  return document.activeElement === el;
}

/**
 * Focus that follows a state change. Call the returned function (often right after an await);
 * focus moves in an effect, i.e. after React has committed the new screen, so the target exists
 * and is enabled. (A requestAnimationFrame callback can run before the commit: the quiz lost focus
 * that way.) Later targets are tried in order when an earlier one is not on the screen.
 */
export function useFocusAfterCommit(): (...targets: TFocusTarget[]) => void {
  const [request, setRequest] = useState<{ targets: TFocusTarget[] } | null>(null);
  useEffect(() => {
    if (!request) return;
    for (const target of request.targets) if (moveFocus(target)) return;
  }, [request]);
  // A new object each time, so asking twice for the same target still moves focus.
  return useCallback((...targets: TFocusTarget[]) => setRequest({ targets }), []);
}

/** The first field a form marks invalid, else its alert: where focus goes after a refused submit. */
export function firstInvalidIn(form: HTMLElement | null): HTMLElement | null {
  if (!form) return null;
  const invalid = form.querySelector<HTMLElement>('[aria-invalid="true"]');
  if (invalid) return invalid;
  // Alert regions stay in the page while empty; only one that says something is worth focusing.
  return [...form.querySelectorAll<HTMLElement>('[role="alert"]')].find((a) => a.textContent?.trim()) ?? null;
}
