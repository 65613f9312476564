import type { Metadata } from 'next';
import Link from 'next/link';
import { CHANGE_PASSWORD_PATH, getCurrentUser } from '@/lib/auth/session';
import { formatJoinCode, normaliseJoinCode } from '@/lib/join-code';
import { joinPath } from '@/lib/classes/join-link';
import { JoinByLink } from '@/components/classes/join-by-link';
import { JoinCodeBox } from '@/components/classes/join-code-box';
import { joinFromLinkAction } from './actions';
import { redirect } from 'next/navigation';

export const metadata: Metadata = { title: 'Join a class' };

type Props = { params: Promise<{ code: string }> };

/**
 * An invite link. Signed out, it offers sign-in or sign-up and comes back here afterwards; signed in
 * as a student, one button joins. The class is named only after joining, through the same join (and its
 * limits) as the home page's code box, so this page is no way to test codes for free.
 */
export default async function JoinPage({ params }: Props) {
  const { code: raw } = await params;
  const code = normaliseJoinCode(decodeURIComponent(raw));
  if (!code)
    return (
      <div className="prose-width space-y-4">
        <h1 className="text-3xl font-semibold">Join a class</h1>
        <p role="alert">That link does not hold a class code. Codes look like ABCD-2345.</p>
        <JoinCodeBox />
      </div>
    );
  const here = joinPath(code);
  const user = await getCurrentUser();
  if (user?.mustChangePassword) redirect(CHANGE_PASSWORD_PATH);
  const shown = formatJoinCode(code);
  return (
    <div className="prose-width space-y-6">
      <h1 className="text-3xl font-semibold">Join a class</h1>
      <p className="text-xl">
        Class code <strong className="font-mono">{shown}</strong>
      </p>
      {!user ? (
        <>
          <p>Sign in, or create an account, and you will come straight back here to join.</p>
          <div className="flex flex-wrap gap-3">
            <Link href={`/sign-up?callbackUrl=${encodeURIComponent(here)}`} className="btn">
              Create an account
            </Link>
            <Link href={`/sign-in?callbackUrl=${encodeURIComponent(here)}`} className="btn-quiet">
              Sign in
            </Link>
          </div>
        </>
      ) : user.role !== 'STUDENT' ? (
        <p>
          This is a join link for students. You are signed in as a teacher, {user.displayName}; share the link
          with your class instead.
        </p>
      ) : (
        <JoinByLink action={joinFromLinkAction} code={code} />
      )}
    </div>
  );
}
