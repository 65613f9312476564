import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireTeacher } from '@/lib/auth/session';
import { findTeacherClass } from '@/lib/dal/classes';
import { appOrigin } from '@/lib/classes/app-origin';
import { formatJoinCode } from '@/lib/join-code';
import { joinPath, joinUrl } from '@/lib/classes/join-link';
import { JoinQrCode } from '@/components/classes/join-qr-code';
import { FullScreenButton } from '@/components/teacher/full-screen-button';
import { classTitle } from '../class-title';

export const generateMetadata = classTitle('Present the join code');

type Props = { params: Promise<{ classId: string }> };

/** The join code for the projector: as large as the screen allows, with the QR code and the short link. */
export default async function PresentCodePage({ params }: Props) {
  const { classId } = await params;
  const teacher = await requireTeacher(`/teacher/classes/${classId}/present`);
  const cls = await findTeacherClass(teacher, classId);
  if (!cls) notFound();
  const back = `/teacher/classes/${cls.id}`;
  const origin = appOrigin();
  return (
    <div className="fixed inset-0 z-50 overflow-auto bg-paper p-6">
      <div className="flex flex-wrap justify-end gap-3">
        <FullScreenButton />
        <Link href={back} className="btn-quiet">
          Close
        </Link>
      </div>
      <div className="flex min-h-[80vh] flex-col items-center justify-center gap-6 text-center">
        <h1 className="text-2xl font-semibold sm:text-4xl">Join {cls.name}</h1>
        {cls.archivedAt || !cls.joinCode ? (
          <p className="text-xl">Joining is switched off for this class.</p>
        ) : (
          <>
            <p className="text-xl sm:text-2xl">Go to {new URL(origin).host} and type the code</p>
            <p
              className="font-mono text-[min(16vw,12rem)] font-bold leading-none tracking-wider"
              data-testid="present-code"
            >
              {formatJoinCode(cls.joinCode)}
            </p>
            <p className="text-xl sm:text-2xl">
              or scan to open{' '}
              <span className="font-mono">{new URL(joinPath(cls.joinCode), origin).host}</span>
              <span className="font-mono">{joinPath(cls.joinCode)}</span>
            </p>
            <JoinQrCode
              url={joinUrl(origin, cls.joinCode)}
              className="h-[min(40vh,80vw)] w-[min(40vh,80vw)]"
            />
          </>
        )}
      </div>
    </div>
  );
}
