'use client';
import { useRef, useState } from 'react';
import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { TextField } from '@/components/ui/text-field';
import { FormAlert } from '@/components/ui/form-alert';
import { BusyButton } from '@/components/ui/busy-button';
import { summariseFieldErrors } from '@/components/ui/error-summary';
import { firstInvalidIn, useFocusAfterCommit } from '@/components/ui/focus';
import { ZSignUp, fieldErrors, type FieldErrors, type TSignUp } from '@/lib/accounts/schemas';
import type { SignUpResult } from '@/lib/action-state';
import { safeCallbackPath } from '@/lib/safe-redirect';

const LABELS = {
  displayName: 'Your name',
  identifier: 'Email or username',
  password: 'Password',
  role: 'I am a',
} as const;

/** The page passes the server action in (components never import routes). */
export function SignUpForm({
  action,
  callbackUrl,
}: {
  action: (input: TSignUp) => Promise<SignUpResult>;
  callbackUrl?: string;
}) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const focusAfterCommit = useFocusAfterCommit();
  const [errors, setErrors] = useState<FieldErrors<TSignUp>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    setFormError(null);
    const parsed = ZSignUp.safeParse(Object.fromEntries(new FormData(event.currentTarget)));
    /** Shows field errors, says which fields in the alert region, and focuses the first one. */
    const refuse = (found: FieldErrors<TSignUp>) => {
      setErrors(found);
      setFormError(summariseFieldErrors(found, LABELS));
      focusAfterCommit(() => firstInvalidIn(formRef.current));
    };
    if (!parsed.success) return refuse(fieldErrors(parsed.error));
    setErrors({});
    setPending(true);
    try {
      const result = await action(parsed.data);
      if (!result.ok) return refuse(result.errors);
      const signedIn = await signIn('credentials', {
        identifier: parsed.data.identifier,
        password: parsed.data.password,
        redirect: false,
      });
      if (!signedIn || signedIn.error) {
        setFormError('Your account was created, but signing in failed. Please sign in.');
        return;
      }
      router.push(safeCallbackPath(callbackUrl));
      router.refresh();
    } catch {
      setFormError('Something went wrong on our side. Please try again.');
    } finally {
      setPending(false);
    }
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate>
      <FormAlert message={formError} />
      <TextField
        label={LABELS.displayName}
        name="displayName"
        autoComplete="name"
        required
        error={errors.displayName}
        hint="Shown to your teacher or students."
      />
      <TextField
        label="Email or username"
        name="identifier"
        autoComplete="username"
        required
        error={errors.identifier}
        hint="Students do not need an email: a username works."
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        error={errors.password}
        hint="At least 10 characters."
      />
      <fieldset
        className="mb-6"
        aria-invalid={errors.role ? true : undefined}
        aria-describedby={errors.role ? 'role-error' : undefined}
      >
        <legend className="field-label">I am a</legend>
        <div className="flex gap-6">
          <label className="flex items-center gap-2">
            <input type="radio" name="role" value="STUDENT" defaultChecked className="h-5 w-5" /> Student
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="role" value="TEACHER" className="h-5 w-5" /> Teacher
          </label>
        </div>
        {errors.role ? (
          <p id="role-error" className="field-error">
            {errors.role}
          </p>
        ) : null}
      </fieldset>
      <BusyButton type="submit" className="btn w-full" busy={pending}>
        {pending ? 'Creating your account…' : 'Create account'}
      </BusyButton>
    </form>
  );
}
