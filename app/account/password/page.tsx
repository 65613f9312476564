import type { Metadata } from 'next';
import { CHANGE_PASSWORD_PATH, requireUser } from '@/lib/auth/session';
import { ChangePasswordForm } from '@/components/classes/change-password-form';
import { changePasswordAction } from './actions';

export const metadata: Metadata = { title: 'Choose a password' };

export default async function ChangePasswordPage() {
  const user = await requireUser(CHANGE_PASSWORD_PATH);
  return (
    <div className="prose-width space-y-6">
      <h1 className="text-3xl font-semibold">
        {user.mustChangePassword ? 'Choose your own password' : 'Change your password'}
      </h1>
      <p>
        {user.mustChangePassword
          ? 'You signed in with a one-time password from your teacher. Choose a password only you know before you continue.'
          : 'After the change you sign in again, here and on every other device.'}
      </p>
      <ChangePasswordForm action={changePasswordAction} askCurrent={!user.mustChangePassword} />
    </div>
  );
}
