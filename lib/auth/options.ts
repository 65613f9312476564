import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { authenticate } from './authenticate';
import { SIGN_IN_ERRORS } from '@/lib/accounts/sign-in-messages';
import { SESSION_MAX_SECONDS, nowInSeconds } from './session-policy';
import { safeCallbackPath } from '@/lib/safe-redirect';
import { bumpSessionVersion } from '@/lib/dal/users';

/**
 * The server rewrote X-Forwarded-For to the one trusted client address at the socket
 * (lib/http/socket-gate.ts); should a list still arrive, its right-most entry is the one
 * nearest this server, never the client's own claim.
 */
function clientIp(headers: Record<string, string | string[] | undefined> | undefined): string {
  const forwarded = headers?.['x-forwarded-for'];
  const last = (Array.isArray(forwarded) ? forwarded.join(',') : forwarded)?.split(',').pop()?.trim();
  return last || 'unknown';
}

export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: SESSION_MAX_SECONDS },
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
        token.authAt = nowInSeconds();
        token.seen = token.authAt;
      }
      return token;
    },
    async session({ session, token }) {
      return {
        ...session,
        uid: token.uid,
        role: token.role,
        sv: token.sv,
        authAt: token.authAt,
        seen: token.seen,
      };
    },
    // The one redirect rule (lib/safe-redirect.ts) for every redirect next-auth makes.
    async redirect({ url, baseUrl }) {
      const path = url.startsWith(baseUrl) ? url.slice(baseUrl.length) || '/' : url;
      return `${baseUrl}${safeCallbackPath(path, '/home')}`;
    },
  },
  events: {
    // Signing out revokes the token that was used at once, not only the cookie in this browser: a
    // copy taken earlier stops working too (issue 9, row 4). Other devices of the account are signed
    // out as well; on shared school computers that is the safer side.
    async signOut({ token }) {
      if (typeof token?.uid === 'string') await bumpSessionVersion(token.uid).catch(() => undefined);
    },
  },
};
