import 'server-only';
import { db } from '@/lib/db';
import { publicTable } from '@/lib/council/public-table';
import { botSeatIds, seatOfStudent } from '@/lib/council/seating';
import { viewForSeat } from '@/lib/council/view';
import type { TCouncilViewBase, TPhoneView, TPresenterView } from '@/lib/council/view-types';
import { accept, refuse, type TOutcome } from '@/lib/outcome/refusal';
import { loadCouncilNow } from './council-clock';
import type { TLoadedCouncil } from './council-rows';
import type { SessionUser } from './users';

/**
 * What each viewer of a council is sent. The presenter (the room's screen) gets the public table and
 * who sits where, never a brief; a phone gets the public table and its own seat's brief only. Times
 * come with the server's clock so a screen can show the elapsed time without trusting its own, and
 * a deadline that has passed is applied before the view is built (council-clock.ts).
 */

function base(loaded: TLoadedCouncil, now: Date): TCouncilViewBase {
  return {
    sessionId: loaded.row.id,
    seq: loaded.row.seq,
    status: loaded.row.status === 'ENDED' ? 'ENDED' : 'OPEN',
    startedAt: loaded.row.startedAt.toISOString(),
    serverNow: now.toISOString(),
    table: publicTable(loaded.council, loaded.state),
  };
}

async function namesById(ids: string[]): Promise<Map<string, string>> {
  const users = await db().user.findMany({
    where: { id: { in: ids } },
    select: { id: true, displayName: true },
  });
  return new Map(users.map((u) => [u.id, u.displayName]));
}

export async function getCouncilPresenterView(
  teacher: SessionUser,
  sessionId: string,
  now = new Date(),
): Promise<TOutcome<TPresenterView>> {
  if (teacher.role !== 'TEACHER') return refuse('not-found', 'No such council.');
  const read = await loadCouncilNow(teacher, sessionId, now);
  if (!read.ok) return read;
  const loaded = read.value;
  const names = await namesById(Object.values(loaded.seats).flat());
  const bots = new Set(botSeatIds(loaded.council, loaded.seats));
  const seating = Object.entries(loaded.seats).map(([seatId, ids]) => ({
    seatId,
    students: ids.map((id) => names.get(id) ?? ''),
    bot: bots.has(seatId),
  }));
  return accept({ ...base(loaded, now), classId: loaded.row.classId, seating });
}

export async function getCouncilPhoneView(
  student: SessionUser,
  sessionId: string,
  now = new Date(),
): Promise<TOutcome<TPhoneView>> {
  if (student.role !== 'STUDENT') return refuse('not-found', 'No such council.');
  const read = await loadCouncilNow(student, sessionId, now);
  if (!read.ok) return read;
  const loaded = read.value;
  const seatId = seatOfStudent(loaded.seats, student.id);
  const own = seatId ? viewForSeat(loaded.state, loaded.council, seatId) : null;
  const mates = (seatId ? (loaded.seats[seatId] ?? []) : []).filter((id) => id !== student.id);
  const names = await namesById(mates);
  return accept({
    ...base(loaded, now),
    seat: own?.seat ?? null,
    ownStance: own?.ownStance ?? null,
    seatmates: mates.map((id) => names.get(id) ?? ''),
  });
}
