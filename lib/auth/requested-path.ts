import 'server-only';
import { headers } from 'next/headers';
import { safeCallbackPath } from '@/lib/safe-redirect';
import { REQUESTED_PATH_HEADER } from './requested-path-header';

/**
 * The page the visitor asked for, so a sign-in redirect from a layout brings them back to it (a
 * board link, not the class list). Falls back when the header is missing or not a same-site path.
 */
export async function requestedPath(fallback: string): Promise<string> {
  const asked = (await headers()).get(REQUESTED_PATH_HEADER);
  if (!asked) return fallback;
  const safe = safeCallbackPath(asked);
  return safe === asked ? safe : fallback;
}
