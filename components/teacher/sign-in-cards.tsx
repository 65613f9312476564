import type { SignInCard } from '@/lib/roster/sign-in-card';

/**
 * Printable sign-in cards, shown once: the one-time passwords are stored only as hashes. Each card
 * is a bordered block that does not split across printed pages.
 */
export function SignInCards({ cards, signInUrl }: { cards: readonly SignInCard[]; signInUrl: string }) {
  return (
    <ul className="sign-in-cards grid gap-3 sm:grid-cols-2" aria-label="Sign-in cards">
      {cards.map((c) => (
        <li key={c.username} className="card break-inside-avoid space-y-1">
          <p className="font-semibold">{c.displayName}</p>
          <p>
            Sign in at <span className="font-mono">{signInUrl}</span>
          </p>
          <p>
            Username: <strong className="font-mono">{c.username}</strong>
          </p>
          <p>
            One-time password: <strong className="font-mono">{c.oneTimePassword}</strong>
          </p>
          <p className="text-sm text-[var(--color-ink-soft)]">
            You will choose your own password when you first sign in.
          </p>
        </li>
      ))}
    </ul>
  );
}
