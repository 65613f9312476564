import Link from 'next/link';
import type { TSeatingPlan } from '@/lib/council/view-types';
import { MoveSeatForm } from '@/components/council/move-seat-form';
import { moveCouncilSeatAction } from './actions';

/** The council sitting now: the presenter, who sits where, and moving a student to another seat. */
export function SittingCouncil({
  classId,
  sessionId,
  plan,
}: {
  classId: string;
  sessionId: string;
  plan: TSeatingPlan | null;
}) {
  return (
    <section aria-labelledby="sitting" className="card space-y-4">
      <h2 id="sitting" className="text-2xl font-semibold">
        A council is sitting
      </h2>
      <p>Students see “The Council: take your seat” on their home page.</p>
      <Link href={`/teacher/council/${sessionId}`} className="btn">
        Open the presenter
      </Link>
      {plan ? (
        <>
          <h3 className="text-xl font-semibold">Who sits where</h3>
          <ul className="list-disc space-y-1 pl-6">
            {plan.seats.map((seat) => {
              const students = plan.students.filter((s) => s.seatId === seat.id).map((s) => s.name);
              return (
                <li key={seat.id}>
                  <strong>{seat.name}:</strong>{' '}
                  {students.length > 0 ? students.join(', ') : 'played by a bot'}
                </li>
              );
            })}
          </ul>
          {plan.students.some((s) => s.seatId === null) ? (
            <p>
              Following the table without a seat:{' '}
              {plan.students
                .filter((s) => s.seatId === null)
                .map((s) => s.name)
                .join(', ')}
              .
            </p>
          ) : null}
          <MoveSeatForm action={moveCouncilSeatAction} classId={classId} sessionId={sessionId} plan={plan} />
        </>
      ) : null}
    </section>
  );
}
