import 'server-only';

/**
 * Prisma's unique-constraint violation (P2002), the same code through both driver adapters. The
 * idempotent writes rely on it: a second identical write hits the unique key and reads the first.
 */
export function isUniqueViolation(err: unknown): boolean {
  return (err as { code?: string } | null)?.code === 'P2002';
}
