import type { Metadata } from 'next';
import Link from 'next/link';
import { SignUpForm } from '@/components/auth/sign-up-form';
import { signUpAction } from './actions';

export const metadata: Metadata = { title: 'Create an account' };

export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string }>;
}) {
  const { callbackUrl } = await searchParams;
  // An invite link (/join/<code>) sends a new pupil here and expects them back there afterwards.
  const signInHref = callbackUrl ? `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}` : '/sign-in';
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-3xl font-semibold">Create an account</h1>
      <p className="mb-6 text-ink-soft">
        Open Door keeps only what teaching needs: your name, an email or username, and your answers.
      </p>
      <SignUpForm action={signUpAction} callbackUrl={callbackUrl} />
      <p className="mt-6">
        Already have an account?{' '}
        <Link href={signInHref} className="link">
          Sign in
        </Link>
      </p>
    </div>
  );
}
