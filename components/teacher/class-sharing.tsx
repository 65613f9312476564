import Link from 'next/link';
import { formatJoinCode } from '@/lib/join-code';
import { joinUrl } from '@/lib/classes/join-link';
import { JoinQrCode } from '@/components/classes/join-qr-code';
import { CopyButton } from './copy-button';

type Props = { classId: string; code: string; origin: string };

/** Every way to hand the join code to a class: read it, copy it, copy the invite link, scan it, or project it. */
export function ClassSharing({ classId, code, origin }: Props) {
  const shown = formatJoinCode(code);
  const url = joinUrl(origin, code);
  return (
    <div className="space-y-3">
      <p>
        Students type this code on their home page or the front page:{' '}
        <strong className="font-mono text-2xl" data-testid="join-code">
          {shown}
        </strong>
      </p>
      <p className="break-all">
        Or they open the invite link:{' '}
        <span className="font-mono" data-testid="invite-link">
          {url}
        </span>
      </p>
      <div className="flex flex-wrap items-start gap-3">
        <CopyButton text={shown} label="Copy code" copiedMessage={`Copied the code ${shown}.`} />
        <CopyButton text={url} label="Copy invite link" copiedMessage="Copied the invite link." />
        <Link href={`/teacher/classes/${classId}/present`} className="btn">
          Present the code
        </Link>
      </div>
      <details>
        <summary className="cursor-pointer font-medium">Show a QR code</summary>
        <JoinQrCode url={url} className="mt-3 h-56 w-56" />
        <p className="text-sm text-ink-soft">Scanning it opens the invite link.</p>
      </details>
    </div>
  );
}
