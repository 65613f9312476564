import { notFound } from 'next/navigation';
import { requireTeacher } from '@/lib/auth/session';
import { findTeacherClass } from '@/lib/dal/classes';
import { listRoster } from '@/lib/dal/roster';
import { appOrigin } from '@/lib/classes/app-origin';
import { formatJoinCode } from '@/lib/join-code';
import { SingleFieldForm } from '@/components/ui/single-field-form';
import { ClassNav } from '@/components/teacher/class-nav';
import { ClassSharing } from '@/components/teacher/class-sharing';
import Link from 'next/link';
import { hasUnusedCard } from '@/lib/roster/unused-card';
import { ResetPasswordButton } from '@/components/teacher/reset-password-button';
import { ConfirmAction } from '@/components/teacher/confirm-action';
import {
  archiveClassAction,
  disableJoiningAction,
  removeStudentAction,
  renameClassAction,
  resetPasswordAction,
  restoreClassAction,
  rotateCodeAction,
} from './actions';
import { classTitle } from './class-title';

export const generateMetadata = classTitle('Class and roster');

type Props = { params: Promise<{ classId: string }> };

export default async function ClassPage({ params }: Props) {
  const { classId } = await params;
  const teacher = await requireTeacher(`/teacher/classes/${classId}`);
  const cls = await findTeacherClass(teacher, classId);
  if (!cls) notFound();
  const roster = (await listRoster(teacher, classId)) ?? [];
  const unusedCards = roster.filter(hasUnusedCard).length;
  const hidden = <input type="hidden" name="classId" value={cls.id} />;
  return (
    <div className="space-y-10">
      <ClassNav
        classId={cls.id}
        className={cls.name}
        current="Class and roster"
        archived={cls.archivedAt !== null}
      />

      <section aria-labelledby="joining" className="card space-y-3">
        <h2 id="joining" className="text-2xl font-semibold">
          Join code
        </h2>
        {cls.archivedAt ? (
          <p>This class is archived: nobody can join it.</p>
        ) : cls.joinCode ? (
          <>
            <ClassSharing classId={cls.id} code={cls.joinCode} origin={appOrigin()} />
            <div className="flex flex-wrap gap-3">
              <ConfirmAction
                action={rotateCodeAction}
                fields={{ classId: cls.id }}
                trigger="Replace with a new code"
                title={`Replace the code ${formatJoinCode(cls.joinCode)}?`}
                confirmLabel="Replace the code"
              >
                <p>
                  {formatJoinCode(cls.joinCode)} stops working at once. Students who have not joined yet will
                  need the new code; students already in the class stay in it.
                </p>
              </ConfirmAction>
              <ConfirmAction
                action={disableJoiningAction}
                fields={{ classId: cls.id }}
                trigger="Switch joining off"
                title="Switch joining off?"
                confirmLabel="Switch joining off"
              >
                <p>
                  {formatJoinCode(cls.joinCode)} stops working at once and nobody new can join. Students
                  already in the class stay. You can switch joining on again later, with a new code.
                </p>
              </ConfirmAction>
            </div>
            <p className="text-sm text-ink-soft">A replaced code stops working at once.</p>
          </>
        ) : (
          <>
            <p>Joining is switched off: no code opens this class.</p>
            <form action={rotateCodeAction}>
              {hidden}
              <button type="submit" className="btn">
                Switch joining on with a new code
              </button>
            </form>
          </>
        )}
      </section>

      <section aria-labelledby="roster" className="space-y-4">
        <h2 id="roster" className="text-2xl font-semibold">
          Students ({roster.length})
        </h2>
        {roster.length === 0 ? (
          <p>No students yet. Share the join code, or create accounts below for students without email.</p>
        ) : (
          <div className="relative overflow-x-auto">
            <table className="w-full border-collapse text-left">
              <caption className="sr-only">Students in {cls.name}</caption>
              <thead>
                <tr className="border-b border-line">
                  <th scope="col" className="py-2 pr-4">
                    Name
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Signs in as
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Password
                  </th>
                  <th scope="col" className="py-2">
                    Actions
                  </th>
                </tr>
              </thead>
              <tbody>
                {roster.map((s) => (
                  <tr key={s.id} className="border-b border-line align-top">
                    <th scope="row" className="py-2 pr-4 font-medium">
                      {s.displayName}
                    </th>
                    <td className="py-2 pr-4 font-mono">{s.username ?? 'email account'}</td>
                    <td className="py-2 pr-4">
                      {s.mustChangePassword ? 'one-time (not yet changed)' : 'set by student'}
                    </td>
                    <td className="flex flex-wrap gap-2 py-2">
                      {s.managedByTeacher ? (
                        <ResetPasswordButton
                          classId={cls.id}
                          studentId={s.id}
                          studentName={s.displayName}
                          action={resetPasswordAction}
                        />
                      ) : (
                        <span className="text-sm">
                          Own account: only {s.displayName} can change its password.
                        </span>
                      )}
                      <ConfirmAction
                        action={removeStudentAction}
                        fields={{ classId: cls.id, studentId: s.id }}
                        trigger="Remove from class"
                        triggerDetail={s.displayName}
                        title={`Remove ${s.displayName} from ${cls.name}?`}
                        confirmLabel={`Remove ${s.displayName}`}
                      >
                        <p>
                          {s.displayName} will no longer see this class’s assignments, and their work leaves
                          your board, analytics and exports. Their account and their own results stay theirs.
                        </p>
                      </ConfirmAction>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {cls.archivedAt ? null : (
        <section aria-labelledby="bulk" className="space-y-3">
          <h2 id="bulk" className="text-2xl font-semibold">
            Students without email
          </h2>
          <p>
            Create their accounts from a list of names and print a sign-in card for each.
            {unusedCards > 0
              ? ` ${unusedCards === 1 ? '1 card has' : `${unusedCards} cards have`} not been used yet and can be reprinted.`
              : ''}
          </p>
          <Link href={`/teacher/classes/${cls.id}/cards`} className="btn inline-flex">
            Create accounts and print sign-in cards
          </Link>
        </section>
      )}

      <section aria-labelledby="settings" className="space-y-4 print:hidden">
        <h2 id="settings" className="text-2xl font-semibold">
          Class settings
        </h2>
        <SingleFieldForm
          action={renameClassAction}
          fields={{ classId: cls.id }}
          name="name"
          label="Rename class"
          defaultValue={cls.name}
          submitLabel="Rename"
        />
        {cls.archivedAt ? (
          <form action={restoreClassAction}>
            {hidden}
            <button type="submit" className="btn-quiet">
              Restore class
            </button>
          </form>
        ) : (
          <div className="space-y-2">
            <p>
              Archiving hides the class from your list and your students’ homes and switches joining off. Its
              results stay for export.
            </p>
            <ConfirmAction
              action={archiveClassAction}
              fields={{ classId: cls.id }}
              trigger="Archive class"
              title={`Archive ${cls.name}?`}
              confirmLabel="Archive class"
            >
              <p>
                Students stop seeing its assignments and the join code stops working. Results stay for export,
                and you can restore the class from this page later.
              </p>
            </ConfirmAction>
          </div>
        )}
      </section>
    </div>
  );
}
