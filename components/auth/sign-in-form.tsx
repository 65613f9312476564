'use client';
import { useRef, useState } from 'react';
import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { TextField } from '@/components/ui/text-field';
import { FormAlert } from '@/components/ui/form-alert';
import { BusyButton } from '@/components/ui/busy-button';
import { summariseFieldErrors } from '@/components/ui/error-summary';
import { firstInvalidIn, useFocusAfterCommit } from '@/components/ui/focus';
import { ZSignIn, fieldErrors, type FieldErrors } from '@/lib/accounts/schemas';
import { SIGN_IN_MESSAGES } from '@/lib/accounts/sign-in-messages';
import { safeCallbackPath } from '@/lib/safe-redirect';

type Values = { identifier: string; password: string };
const LABELS = { identifier: 'Email or username', password: 'Password' } as const;

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const focusAfterCommit = useFocusAfterCommit();
  const [errors, setErrors] = useState<FieldErrors<Values>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const data = Object.fromEntries(new FormData(event.currentTarget));
    const parsed = ZSignIn.safeParse(data);
    setFormError(null);
    if (!parsed.success) {
      const found = fieldErrors(parsed.error);
      setErrors(found);
      setFormError(summariseFieldErrors(found, LABELS));
      focusAfterCommit(() => firstInvalidIn(formRef.current));
      return;
    }
    setErrors({});
    setPending(true);
    const result = await signIn('credentials', { ...parsed.data, redirect: false });
    setPending(false);
    if (!result || result.error) {
      // Said by the alert region; focus stays on the Sign in button, which is never disabled.
      setFormError(SIGN_IN_MESSAGES[result?.error ?? ''] ?? SIGN_IN_MESSAGES.invalid ?? null);
      return;
    }
    router.push(safeCallbackPath(callbackUrl));
    router.refresh();
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-describedby="sign-in-help">
      <FormAlert message={formError} />
      <TextField
        label={LABELS.identifier}
        name="identifier"
        autoComplete="username"
        required
        error={errors.identifier}
      />
      <TextField
        label={LABELS.password}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        error={errors.password}
      />
      <BusyButton type="submit" className="btn w-full" busy={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </BusyButton>
    </form>
  );
}
