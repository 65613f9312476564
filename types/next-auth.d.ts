import 'next-auth/jwt';

declare module 'next-auth/jwt' {
  interface JWT {
    uid?: string;
    role?: string;
    sv?: number;
    /** Sign-in time and last use, epoch seconds (lib/auth/session-policy.ts). */
    authAt?: number;
    seen?: number;
  }
}
