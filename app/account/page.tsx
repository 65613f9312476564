import type { Metadata } from 'next';
import { requireUser } from '@/lib/auth/session';
import { signOutEverywhereAction } from './actions';

export const metadata: Metadata = { title: 'Account' };

export default async function AccountPage() {
  const user = await requireUser('/account');
  return (
    <div className="prose-width space-y-6">
      <h1 className="text-3xl font-semibold">Your account</h1>
      <p>
        Signed in as <strong>{user.displayName}</strong> ({user.role === 'TEACHER' ? 'teacher' : 'student'}).
      </p>
      <section aria-labelledby="everywhere" className="card space-y-3">
        <h2 id="everywhere" className="text-xl font-semibold">
          Sign out everywhere
        </h2>
        <p>Ends every session of this account on every device, including this one. Use it if you signed in on a shared computer.</p>
        <form action={signOutEverywhereAction}>
          <button type="submit" className="btn">
            Sign out everywhere
          </button>
        </form>
      </section>
    </div>
  );
}
