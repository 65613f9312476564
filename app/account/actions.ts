'use server';
import { redirect } from 'next/navigation';
import { requireUser } from '@/lib/auth/session';
import { bumpSessionVersion } from '@/lib/dal/users';

/** Revokes every session of this account, on every device, including this one. */
export async function signOutEverywhereAction(): Promise<void> {
  const user = await requireUser('/account');
  await bumpSessionVersion(user.id);
  redirect('/sign-in');
}
