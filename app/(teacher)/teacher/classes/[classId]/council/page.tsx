import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireTeacher } from '@/lib/auth/session';
import { getCouncil } from '@/lib/council/catalog';
import { MAX_HUMANS, playableSeatIds } from '@/lib/council/seating';
import { DEFAULT_COUNCIL_SLUG, listClassCouncils } from '@/lib/dal/council';
import { classCouncilBlocks } from '@/lib/dal/council-blocks';
import { seatingPlanForClass, seatingPlanForCouncil } from '@/lib/dal/council-seats';
import { findTeacherClass } from '@/lib/dal/classes';
import { ClassNav } from '@/components/teacher/class-nav';
import { OpenCouncilForm } from '@/components/council/open-council-form';
import { SeatBlocksChart } from '@/components/council/seat-blocks-chart';
import { LocalTime } from '@/components/ui/local-time';
import { openCouncilAction } from './actions';
import { classTitle } from '../class-title';
import { SittingCouncil } from './sitting-council';

export const generateMetadata = classTitle('Council');

type Props = { params: Promise<{ classId: string }> };

/**
 * Open a council for the class (the teacher chairs and seats it), or the one sitting and who sits
 * where; past councils' records.
 */
export default async function ClassCouncilPage({ params }: Props) {
  const { classId } = await params;
  const teacher = await requireTeacher(`/teacher/classes/${classId}/council`);
  const cls = await findTeacherClass(teacher, classId);
  if (!cls) notFound();
  const councils = await listClassCouncils(teacher, cls.id);
  const sitting = councils.find((c) => c.status === 'OPEN');
  const [sittingPlan, openPlan, blocks] = await Promise.all([
    sitting ? seatingPlanForCouncil(teacher, sitting.id) : null,
    sitting || cls.archivedAt ? null : seatingPlanForClass(teacher, cls.id),
    councils.length > 0 ? classCouncilBlocks(teacher, cls.id) : null,
  ]);
  const entry = getCouncil(DEFAULT_COUNCIL_SLUG);
  const seats = entry ? playableSeatIds(entry.council).length : 0;
  return (
    <div className="space-y-10">
      <ClassNav classId={cls.id} className={cls.name} current="Council" archived={cls.archivedAt !== null} />
      {sitting ? (
        <SittingCouncil classId={cls.id} sessionId={sitting.id} plan={sittingPlan} />
      ) : cls.archivedAt ? (
        <p>This class is archived; councils are off.</p>
      ) : (
        <section aria-labelledby="open" className="space-y-3">
          <h2 id="open" className="text-2xl font-semibold">
            {entry?.council.title ?? 'The Council'}
          </h2>
          <p>
            The class sits as the North Atlantic Council. Students are dealt round the {seats} seats in the
            order they joined (in groups when there are more than {seats}, up to {MAX_HUMANS}), or you choose
            each student’s seat; empty seats are played by bots following their briefs. You chair from the
            presenter; each student sees only their own seat’s brief on their phone.
          </p>
          {openPlan ? <OpenCouncilForm action={openCouncilAction} classId={cls.id} plan={openPlan} /> : null}
        </section>
      )}
      {councils.length > 0 ? (
        <section aria-labelledby="past" className="space-y-3">
          <h2 id="past" className="text-2xl font-semibold">
            Councils of this class
          </h2>
          <ul className="space-y-2">
            {councils.map((c) => (
              <li key={c.id}>
                <Link href={`/teacher/council/${c.id}/record`} className="link">
                  <LocalTime value={c.startedAt} form="day-time" />
                </Link>{' '}
                {c.status === 'OPEN' ? '(sitting)' : '(ended)'}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {blocks && blocks.councils > 0 ? (
        <section aria-labelledby="blocks" className="space-y-3">
          <h2 id="blocks" className="text-2xl font-semibold">
            Who broke silence, on which drafts
          </h2>
          {blocks.seats.some((s) => s.total > 0) ? (
            <SeatBlocksChart blocks={blocks} />
          ) : (
            <p>No delegation has broken silence yet in this class’s councils.</p>
          )}
          {blocks.skipped > 0 ? (
            <p className="text-sm">
              {blocks.skipped === 1 ? 'One council is' : `${blocks.skipped} councils are`} left out: the
              council file has changed since, so its record no longer replays.
            </p>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
