'use client';
import { useState } from 'react';
import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { TextField } from '@/components/ui/text-field';
import { FormAlert } from '@/components/ui/form-alert';
import { ZSignUp, fieldErrors, type FieldErrors, type TSignUp } from '@/lib/auth/schemas';
import { signUpAction } from '@/app/(auth)/sign-up/actions';
import { safeCallbackPath } from '@/lib/safe-redirect';

export function SignUpForm({ callbackUrl }: { callbackUrl?: string }) {
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors<TSignUp>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const parsed = ZSignUp.safeParse(Object.fromEntries(new FormData(event.currentTarget)));
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    setErrors({});
    setPending(true);
    try {
      const result = await signUpAction(parsed.data);
      if (!result.ok) {
        setErrors(result.errors);
        return;
      }
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
    <form onSubmit={onSubmit} noValidate>
      <FormAlert message={formError} />
      <TextField
        label="Your name"
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
      <fieldset className="mb-6" aria-describedby={errors.role ? 'role-error' : undefined}>
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
      <button type="submit" className="btn w-full" disabled={pending}>
        {pending ? 'Creating your account…' : 'Create account'}
      </button>
    </form>
  );
}
