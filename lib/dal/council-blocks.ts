import 'server-only';
import { db } from '@/lib/db';
import { countBlocks, type TCouncilBlocks } from '@/lib/council/blocks';
import { COUNCIL_SESSION_COLUMNS, loadCouncilState } from './council-rows';
import type { SessionUser } from './users';

/**
 * Who broke silence how often, on which drafts, across every council of one of the teacher's
 * classes: each session's log replayed with the engine, then counted (lib/council/blocks.ts). A
 * session whose council file has changed no longer replays and is left out; `skipped` says how many.
 */
export async function classCouncilBlocks(
  teacher: SessionUser,
  classId: string,
): Promise<(TCouncilBlocks & { skipped: number }) | null> {
  if (teacher.role !== 'TEACHER') return null;
  const owned = await db().class.findFirst({
    where: { id: classId, teacherId: teacher.id },
    select: { id: true },
  });
  if (!owned) return null;
  const rows = await db().councilSession.findMany({
    where: { classId },
    orderBy: [{ startedAt: 'asc' }, { id: 'asc' }],
    select: COUNCIL_SESSION_COLUMNS,
  });
  const loaded = rows.map(loadCouncilState).filter((l) => l !== null);
  const counted = countBlocks(
    loaded.map((l) => ({ council: l.council, brokenSilences: l.state.brokenSilences })),
  );
  return { ...counted, skipped: rows.length - loaded.length };
}
