/** Only same-site paths may be used as a post-sign-in destination (no open redirects). */
export function safeCallbackPath(value: string | null | undefined, fallback = '/home'): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  return value;
}
