import type { Metadata } from 'next';
import Link from 'next/link';
import { SignInForm } from '@/components/auth/sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string }>;
}) {
  const { callbackUrl } = await searchParams;
  const signUpHref = callbackUrl ? `/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}` : '/sign-up';
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-3xl font-semibold">Sign in</h1>
      <p id="sign-in-help" className="mb-6 text-ink-soft">
        Use the email or username you signed up with. Students whose teacher made their account use the
        username on their sign-in card.
      </p>
      <SignInForm callbackUrl={callbackUrl} />
      <p className="mt-6">
        New here?{' '}
        <Link href={signUpHref} className="link">
          Create an account
        </Link>
      </p>
    </div>
  );
}
