/** Sign-in error codes passed from the server to the form; the form maps them to sentences. */
export const SIGN_IN_ERRORS = { invalid: 'invalid', rateLimited: 'rate-limited' } as const;

export const SIGN_IN_MESSAGES: Record<string, string> = {
  [SIGN_IN_ERRORS.invalid]: 'That email/username and password do not match an account.',
  [SIGN_IN_ERRORS.rateLimited]: 'Too many sign-in attempts. Wait 15 minutes, then try again.',
};
