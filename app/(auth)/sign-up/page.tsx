import type { Metadata } from 'next';
import Link from 'next/link';
import { SignUpForm } from '@/components/auth/sign-up-form';
import { signUpAction } from './actions';

export const metadata: Metadata = { title: 'Create an account' };

export default function SignUpPage() {
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-3xl font-semibold">Create an account</h1>
      <p className="mb-6 text-[var(--color-ink-soft)]">
        Open Door keeps only what teaching needs: your name, an email or username, and your answers.
      </p>
      <SignUpForm action={signUpAction} />
      <p className="mt-6">
        Already have an account?{' '}
        <Link href="/sign-in" className="link">
          Sign in
        </Link>
      </p>
    </div>
  );
}
