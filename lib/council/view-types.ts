import type { TPublicTable } from './public-table';
import type { TSeatView } from './view';

/** What the data layer sends each viewer of a council (lib/dal/council-views.ts builds them). */

export type TCouncilViewBase = {
  sessionId: string;
  seq: number;
  status: 'OPEN' | 'ENDED';
  startedAt: string;
  serverNow: string;
  table: TPublicTable;
};

/** The room's screen: the public table and who sits where, never a brief. */
export type TPresenterView = TCouncilViewBase & {
  classId: string;
  seating: { seatId: string; students: string[]; bot: boolean }[];
};

/** A phone: the public table and its own seat's brief only. */
export type TPhoneView = TCouncilViewBase & {
  /** Null for a student who joined the class after the seats were dealt: they watch the table. */
  seat: TSeatView['seat'] | null;
  ownStance: number | null;
  seatmates: string[];
};

/**
 * The teacher's seating form: the seats students can hold and each student of the class with the
 * seat they hold (a sitting council) or would be dealt (before opening); null for no seat.
 */
export type TSeatingPlan = {
  seats: { id: string; name: string }[];
  students: { id: string; name: string; seatId: string | null }[];
};
