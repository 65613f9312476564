'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { requireUser } from '@/lib/auth/session';
import { startRun } from '@/lib/dal/run-start';

const ZStartForm = z.object({
  slug: z.string().regex(/^[a-z0-9-]{1,80}$/),
  assignment: z
    .string()
    .max(100)
    .optional()
    .transform((v) => (v ? v : null)),
});

/** "Start" and "Play again": resumes the unfinished run if there is one, else starts a new run. */
export async function startRunAction(formData: FormData): Promise<void> {
  const parsed = ZStartForm.safeParse({
    slug: formData.get('slug'),
    assignment: formData.get('assignment') ?? undefined,
  });
  if (!parsed.success) redirect('/scenarios');
  const { slug, assignment } = parsed.data;
  const scenarioPage = `/scenarios/${slug}${assignment ? `?assignment=${encodeURIComponent(assignment)}` : ''}`;
  const user = await requireUser(scenarioPage);
  const started = await startRun(user, slug, assignment);
  // A refusal (not open yet, past due, no runs left) is explained on the scenario's own page.
  redirect(
    started.ok ? `/runs/${started.runId}` : started.reason === 'not-found' ? '/scenarios' : scenarioPage,
  );
}
