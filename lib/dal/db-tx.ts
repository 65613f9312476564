import 'server-only';
import type { Prisma } from '@/lib/generated/sqlite/client';

/** The client handed to an interactive transaction (same API on both databases). */
export type Tx = Prisma.TransactionClient;

/** PostgreSQL's "could not serialize access" (P2034 from Prisma, 40001 from the driver). */
export function isSerializationFailure(err: unknown): boolean {
  const e = err as { code?: string; cause?: { originalCode?: string } } | null;
  return e?.code === 'P2034' || e?.code === '40001' || e?.cause?.originalCode === '40001';
}

/**
 * Runs a serializable transaction again when the database refused it for a concurrent one (a
 * check-then-insert racing another: the retry sees the winner's row). At most five tries.
 */
export async function withSerializableRetry<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await run();
    } catch (err) {
      if (!isSerializationFailure(err) || attempt >= 4) throw err;
    }
  }
}
