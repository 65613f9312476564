import type { Metadata } from 'next';
import { requireUser } from '@/lib/auth/session';
import Link from 'next/link';
import { DeleteAccountForm } from '@/components/classes/delete-account-form';
import { deleteAccountAction, signOutEverywhereAction } from './actions';

export const metadata: Metadata = { title: 'Account' };

export default async function AccountPage() {
  const user = await requireUser('/account');
  return (
    <div className="prose-width space-y-6">
      <h1 className="text-3xl font-semibold">Your account</h1>
      <p>
        Signed in as <strong>{user.displayName}</strong> ({user.role === 'TEACHER' ? 'teacher' : 'student'}).
      </p>
      <section aria-labelledby="password" className="card space-y-3">
        <h2 id="password" className="text-xl font-semibold">
          Password
        </h2>
        <Link href="/account/password" className="link">
          Change your password
        </Link>
      </section>
      <section aria-labelledby="my-data" className="card space-y-3">
        <h2 id="my-data" className="text-xl font-semibold">
          Your data
        </h2>
        <p>
          Everything Open Door stores about you — account, classes, answers, scenario runs and progress — as
          one JSON file.
        </p>
        <a href="/api/account/export" className="link" download>
          Download all my data
        </a>
      </section>
      <section aria-labelledby="everywhere" className="card space-y-3">
        <h2 id="everywhere" className="text-xl font-semibold">
          Sign out everywhere
        </h2>
        <p>
          Ends every session of this account on every device, including this one. Use it if you signed in on a
          shared computer.
        </p>
        <form action={signOutEverywhereAction}>
          <button type="submit" className="btn">
            Sign out everywhere
          </button>
        </form>
      </section>
      <section aria-labelledby="delete" className="card space-y-3">
        <h2 id="delete" className="text-xl font-semibold">
          Delete your account
        </h2>
        <p>
          Deletes your account and everything that is yours: answers, scenario runs, progress
          {user.role === 'TEACHER' ? ', and your classes with their assignments' : ''}. This cannot be undone;
          download your data first if you want a copy.
        </p>
        <DeleteAccountForm action={deleteAccountAction} />
      </section>
    </div>
  );
}
