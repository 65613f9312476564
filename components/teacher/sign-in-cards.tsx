import type { SignInCard } from '@/lib/roster/sign-in-card';

type Props = {
  cards: readonly SignInCard[];
  signInUrl: string;
  /** "Year 9 History · Ms Kovalenko": printed on every card, so a card found on the floor finds its class. */
  classLabel: string;
};

/**
 * Printable sign-in cards, shown once: the one-time passwords are stored only as hashes. On paper
 * they are the only thing printed, eight to an A4 page (globals.css, `.sign-in-cards`).
 */
export function SignInCards({ cards, signInUrl, classLabel }: Props) {
  return (
    <ul className="sign-in-cards grid gap-3 sm:grid-cols-2" aria-label="Sign-in cards">
      {cards.map((c) => (
        <li key={c.username} className="card break-inside-avoid space-y-1">
          <p className="font-semibold">{c.displayName}</p>
          <p className="text-sm">{classLabel}</p>
          <p>
            Sign in at <span className="font-mono break-all">{signInUrl}</span>
          </p>
          <p>
            Username: <strong className="font-mono">{c.username}</strong>
          </p>
          <p>
            One-time password: <strong className="font-mono break-all">{c.oneTimePassword}</strong>
          </p>
          <p className="text-sm text-ink-soft">You will choose your own password when you first sign in.</p>
        </li>
      ))}
    </ul>
  );
}
