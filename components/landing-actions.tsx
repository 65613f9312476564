'use client';
import Link from 'next/link';
import { useMe } from '@/components/me/use-me';

/**
 * The landing page's calls to action: a signed-in reader goes home, a visitor signs up or in. Laid
 * out as the visitor's pair (hidden) until the browser knows, so the prerendered page does not shift.
 */
export function LandingActions() {
  const me = useMe();
  if (me.known && me.user)
    return (
      <Link href="/home" className="btn">
        Go to my home
      </Link>
    );
  return (
    <span className={`contents ${me.known ? '' : 'invisible'}`}>
      <Link href="/sign-up" className="btn">
        Create an account
      </Link>
      <Link href="/sign-in" className="btn-quiet">
        Sign in
      </Link>
    </span>
  );
}
