'use client';
import { useState } from 'react';
import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { TextField } from '@/components/ui/text-field';
import { FormAlert } from '@/components/ui/form-alert';
import { ZSignIn, fieldErrors, type FieldErrors } from '@/lib/auth/schemas';
import { SIGN_IN_MESSAGES } from '@/lib/auth/messages';
import { safeCallbackPath } from '@/lib/safe-redirect';

type Values = { identifier: string; password: string };

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors<Values>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = Object.fromEntries(new FormData(event.currentTarget));
    const parsed = ZSignIn.safeParse(data);
    setFormError(null);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    setErrors({});
    setPending(true);
    const result = await signIn('credentials', { ...parsed.data, redirect: false });
    setPending(false);
    if (!result || result.error) {
      setFormError(SIGN_IN_MESSAGES[result?.error ?? ''] ?? SIGN_IN_MESSAGES.invalid ?? null);
      return;
    }
    router.push(safeCallbackPath(callbackUrl));
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-describedby="sign-in-help">
      <FormAlert message={formError} />
      <TextField
        label="Email or username"
        name="identifier"
        autoComplete="username"
        required
        error={errors.identifier}
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        error={errors.password}
      />
      <button type="submit" className="btn w-full" disabled={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
