import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { authenticate } from './authenticate';
import { SIGN_IN_ERRORS } from './messages';

function clientIp(headers: Record<string, string | string[] | undefined> | undefined): string {
  const forwarded = headers?.['x-forwarded-for'];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
  return first || 'unknown';
}

export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: 7 * 24 * 60 * 60 },
  pages: { signIn: '/sign-in', error: '/sign-in' },
  providers: [
    CredentialsProvider({
      name: 'Open Door account',
      credentials: {
        identifier: { label: 'Email or username', type: 'text' },
        password: { label: 'Password', type: 'password' },
      },
      async authorize(credentials, req) {
        const result = await authenticate(credentials, clientIp(req?.headers));
        if (!result.ok)
          throw new Error(
            result.reason === 'rate-limited' ? SIGN_IN_ERRORS.rateLimited : SIGN_IN_ERRORS.invalid,
          );
        const { id, displayName, role, sessionVersion } = result.user;
        return { id, name: displayName, role, sessionVersion };
      },
    }),
  ],
  callbacks: {
    // The token carries who and which session version; every request re-checks the version
    // against the database (lib/auth/session.ts), so revocation takes effect at once.
    async jwt({ token, user }) {
      if (user) {
        const u = user as { id: string; role: string; sessionVersion: number };
        token.uid = u.id;
        token.role = u.role;
        token.sv = u.sessionVersion;
      }
      return token;
    },
    async session({ session, token }) {
      return { ...session, uid: token.uid, role: token.role, sv: token.sv };
    },
  },
};
