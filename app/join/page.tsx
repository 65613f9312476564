import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { joinPathFromTyped } from '@/lib/classes/join-link';
import { JoinCodeBox } from '@/components/classes/join-code-box';

export const metadata: Metadata = { title: 'Join a class' };

type Props = { searchParams: Promise<{ code?: string | string[] }> };

/** Where the landing page's code box sends its GET: on to the invite link for a well-formed code. */
export default async function JoinByTypedCode({ searchParams }: Props) {
  const { code } = await searchParams;
  const typed = typeof code === 'string' ? code.slice(0, 40) : '';
  const path = typed ? joinPathFromTyped(typed) : null;
  if (path) redirect(path);
  return (
    <div className="prose-width space-y-4">
      <h1 className="text-3xl font-semibold">Join a class</h1>
      {typed ? (
        <p role="alert">
          “{typed}” is not a class code. Codes have eight letters and digits, like ABCD-2345. Check it with
          your teacher.
        </p>
      ) : (
        <p>Type the code your teacher gave you.</p>
      )}
      <JoinCodeBox />
    </div>
  );
}
