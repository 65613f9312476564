'use client';
import { useEffect, useRef } from 'react';
import { usePathname } from 'next/navigation';
import { moveFocus } from './focus';

const WAIT_MS = 10_000;

/**
 * After a client-side navigation, focus goes to the new page's main heading, as after a full page
 * load a screen reader starts at the top: otherwise it stays on the link that was pressed, or falls
 * to <body> when that link is gone. A page that already put focus inside <main> (a form's result)
 * is left alone. The heading may arrive after a loading screen, so it is waited for.
 */
export function RouteFocus() {
  const pathname = usePathname();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const main = document.getElementById('main');
    if (!main) return;
    const focusHeading = () => {
      const active = document.activeElement;
      if (active && active !== document.body && main.contains(active) && !active.matches('a')) return true;
      const heading = main.querySelector<HTMLElement>('h1');
      return heading ? moveFocus(heading) : false;
    };
    if (focusHeading()) return;
    const observer = new MutationObserver(() => focusHeading() && observer.disconnect());
    observer.observe(main, { childList: true, subtree: true });
    const timer = setTimeout(() => observer.disconnect(), WAIT_MS);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [pathname]);
  return null;
}
