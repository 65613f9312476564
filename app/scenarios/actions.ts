'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { serverAction } from '@/lib/actions/server-action';
import { startRun } from '@/lib/dal/run-start';

const ZStartForm = z.object({
  slug: z.string().regex(/^[a-z0-9-]{1,80}$/),
  assignment: z
    .string()
    .max(100)
    .optional()
    .transform((v) => (v ? v : null)),
});

const scenarioPage = ({ slug, assignment }: z.infer<typeof ZStartForm>) =>
  `/scenarios/${slug}${assignment ? `?assignment=${encodeURIComponent(assignment)}` : ''}`;

/** "Start" and "Play again": resumes the unfinished run if there is one, else starts a new run. */
export const startRunAction = serverAction({
  shape: { payload: 'form' },
  read: ({ form }) => ({ slug: form.get('slug'), assignment: form.get('assignment') ?? undefined }),
  schema: ZStartForm,
  caller: 'user',
  returnTo: scenarioPage,
  refused: () => redirect('/scenarios'),
  run: async (input, user) => {
    const started = await startRun(user, input.slug, input.assignment);
    // A refusal (not open yet, past due, no runs left) is explained on the scenario's own page.
    redirect(
      started.ok
        ? `/runs/${started.value.runId}`
        : started.kind === 'not-found'
          ? '/scenarios'
          : scenarioPage(input),
    );
  },
});
