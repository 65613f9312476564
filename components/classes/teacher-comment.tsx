import { LocalTime } from '@/components/ui/local-time';

type Props = { comment: { body: string; teacherName: string; updatedAt: Date } | null };

/** The teacher's private comment on the pupil's run, shown only to that pupil. */
export function TeacherComment({ comment }: Props) {
  if (!comment) return null;
  return (
    <section aria-labelledby="teacher-comment" className="card prose-width space-y-2">
      <h2 id="teacher-comment" className="text-xl font-semibold">
        Comment from {comment.teacherName}
      </h2>
      <p className="whitespace-pre-wrap">{comment.body}</p>
      <p className="text-sm text-ink-soft">
        Only you can see this. Written <LocalTime value={comment.updatedAt} form="day-time" />.
      </p>
    </section>
  );
}
