import 'server-only';
import { councilTimeline } from '@/lib/council/timeline';
import { councilCsvRows } from '@/lib/export/council-csv';
import { toCsv } from '@/lib/export/csv';
import { loadCouncilNow } from './council-clock';
import { listCouncilReflections } from './council-reflections';
import type { CsvFile } from './exports';
import type { SessionUser } from './users';

/**
 * The session record as CSV for its teacher: every event in order, then the reflections. Null for
 * anyone else's council (and for one whose council file has changed, which no longer replays).
 */
export async function councilRecordFile(
  teacher: SessionUser,
  sessionId: string,
  now = new Date(),
): Promise<CsvFile | null> {
  if (teacher.role !== 'TEACHER') return null;
  const read = await loadCouncilNow(teacher, sessionId, now);
  if (!read.ok) return null;
  const { council, state, row } = read.value;
  const reflections = await listCouncilReflections(teacher, sessionId);
  const table = councilCsvRows(council, councilTimeline(council, state), reflections);
  const day = row.startedAt.toISOString().slice(0, 10);
  return { filename: `council-${day}-${row.id}.csv`, csv: toCsv(table.headers, table.rows) };
}
