import 'server-only';
import type { Db } from '@/lib/db';

const EVERY_MS = 10 * 60 * 1000;
let lastRun = 0;

/** Deletes limiter rows whose window has ended; a row's expiry is set when its window starts. */
export async function deleteExpiredLimits(storeClient: Db, now = new Date()): Promise<number> {
  const { count } = await storeClient.signInLimit.deleteMany({ where: { expire: { lt: now } } });
  return count;
}

/**
 * At most once per ten minutes per process, in the background of a sign-in, so the table holds only
 * live windows without a scheduler (issue 9, row 10). A failure here never blocks a sign-in.
 */
export function pruneExpiredLimitsNow(storeClient: Db): void {
  const now = Date.now();
  if (now - lastRun < EVERY_MS) return;
  lastRun = now;
  deleteExpiredLimits(storeClient).catch(() => {
    lastRun = 0;
  });
}
