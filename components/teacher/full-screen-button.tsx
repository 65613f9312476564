'use client';
import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void) {
  document.addEventListener('fullscreenchange', onChange);
  return () => document.removeEventListener('fullscreenchange', onChange);
}

/** Asks the browser for full screen (the projector view); hidden where the browser cannot do it. */
export function FullScreenButton() {
  const supported = useSyncExternalStore(
    subscribe,
    () => document.fullscreenEnabled,
    () => false,
  );
  const active = useSyncExternalStore(
    subscribe,
    () => document.fullscreenElement !== null,
    () => false,
  );
  if (!supported) return null;
  return (
    <button
      type="button"
      className="btn-quiet"
      aria-pressed={active}
      onClick={() =>
        active ? void document.exitFullscreen() : void document.documentElement.requestFullscreen()
      }
    >
      Full screen
    </button>
  );
}
