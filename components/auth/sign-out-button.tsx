'use client';
import { useState } from 'react';

/**
 * Signs out through next-auth's own endpoints (CSRF token, then POST /api/auth/signout), as
 * `signOut()` from next-auth/react does, without shipping that client library (≈ 9 kB gzip) in the
 * header of every page.
 */
async function signOutAndLeave(): Promise<void> {
  const { csrfToken } = (await (await fetch('/api/auth/csrf')).json()) as { csrfToken: string };
  await fetch('/api/auth/signout', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Auth-Return-Redirect': '1' },
    body: new URLSearchParams({ csrfToken, callbackUrl: '/', json: 'true' }),
  });
  // A full load, not router.push: nothing cached for the signed-in reader may survive sign-out.
  // eslint-disable-next-line @next/next/no-location-assign-relative-destination
  window.location.assign('/');
}

export function SignOutButton() {
  const [leaving, setLeaving] = useState(false);
  return (
    <button
      type="button"
      className="btn-quiet"
      aria-disabled={leaving}
      onClick={() => {
        if (leaving) return;
        setLeaving(true);
        signOutAndLeave().catch(() => setLeaving(false));
      }}
    >
      {leaving ? 'Signing out…' : 'Sign out'}
    </button>
  );
}
