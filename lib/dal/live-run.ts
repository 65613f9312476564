import 'server-only';
import { db } from '@/lib/db';
import { getScenario, ZRunState } from '@/lib/scenario';

/** The class's run of a live scenario lesson, parsed; null when it is missing or unreadable. */
export async function liveRunOf(sessionId: string) {
  const row = await db().scenarioRun.findUnique({
    where: { liveSessionId: sessionId },
    select: {
      id: true,
      studentId: true,
      scenarioSlug: true,
      contentVersion: true,
      seed: true,
      state: true,
      step: true,
    },
  });
  const loaded = row ? getScenario(row.scenarioSlug) : undefined;
  if (!row || !loaded) return null;
  const parsed = ZRunState.safeParse(JSON.parse(row.state));
  return parsed.success ? { row, state: parsed.data, loaded } : null;
}
