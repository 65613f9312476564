import { notFound, redirect } from 'next/navigation';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { guardedAction, UNREADABLE_ARGUMENTS, type WhoIsAsking } from '@/lib/actions/guarded-action';
import { formError } from '@/lib/actions/form-error';
import type { ActionState } from '@/lib/action-state';
import type { SessionUser } from '@/lib/dal/users';
import { refuse } from '@/lib/outcome/refusal';

const teacher = { id: 'teacher-1', role: 'TEACHER' } as SessionUser;

/** Records who was asked for, so a test can see that a refused call never reached sign-in. */
function signedIn() {
  const asked: string[] = [];
  const whoIsAsking: WhoIsAsking = async (caller, returnTo) => {
    asked.push(`${caller} ${returnTo}`);
    return teacher;
  };
  return { asked, whoIsAsking };
}

/** A rename form holding its class id as a hidden field, the shape of most of the app's actions. */
function renameAction(run = async (): Promise<ActionState> => ({ status: 'ok', message: 'Renamed.' })) {
  const auth = signedIn();
  const ran: unknown[] = [];
  const action = guardedAction(
    {
      shape: { withState: true, payload: 'form' },
      read: ({ form }) => ({ classId: form.get('classId'), name: form.get('name') }),
      schema: z.object({ classId: z.string().min(1).max(30), name: z.string().min(1, 'Type a name.') }),
      caller: 'teacher',
      returnTo: ({ classId }) => `/teacher/classes/${classId}`,
      refused: formError(['name'], ['classId']),
      run: async (input) => {
        ran.push(input);
        return run();
      },
    },
    auth.whoIsAsking,
  );
  return { action, ran, asked: auth.asked };
}

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
};

/** Next.js's notFound() throws an error whose digest names the 404; anything else is a bug. */
async function thrownDigest(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  return String((error as { digest?: unknown } | null)?.digest);
}

describe('the server-action guard', () => {
  it('runs the action with the checked input after asking who is asking', async () => {
    const { action, ran, asked } = renameAction();
    expect(await action({ status: 'idle' }, form({ classId: 'class-1', name: 'Year 9' }))).toEqual({
      status: 'ok',
      message: 'Renamed.',
    });
    expect(ran).toEqual([{ classId: 'class-1', name: 'Year 9' }]);
    expect(asked).toEqual(['teacher /teacher/classes/class-1']);
  });

  it('ignores whatever arrives as the previous state', async () => {
    const { action, ran } = renameAction();
    await action(
      { status: 'ok', message: 'forged', __proto__: null },
      form({ classId: 'class-1', name: 'A' }),
    );
    await action('$K1', form({ classId: 'class-1', name: 'B' }));
    expect(ran).toHaveLength(2);
  });

  it.each([
    ['a string where the form belongs', [null, 'classId=class-1&name=Year 9']],
    ['an object where the form belongs', [null, { classId: 'class-1', name: 'Year 9' }]],
    ['no form at all', [null]],
    ['no arguments at all', []],
    ['the form where the previous state belongs', [form({ classId: 'class-1', name: 'Year 9' })]],
    ['an id bound in front of the form', ['class-1', null, form({ name: 'Year 9' })]],
  ])('answers its error state, without running or asking for sign-in, for %s', async (_what, args) => {
    const { action, ran, asked } = renameAction();
    expect(await action(...args)).toEqual({ status: 'error', field: 'name', message: UNREADABLE_ARGUMENTS });
    expect(ran).toEqual([]);
    expect(asked).toEqual([]);
  });

  it('answers the schema’s first message on the field it concerns, with every field in error', async () => {
    const { action, ran } = renameAction();
    expect(await action(null, form({ classId: 'class-1', name: '' }))).toEqual({
      status: 'error',
      field: 'name',
      message: 'Type a name.',
      fields: { name: 'Type a name.' },
    });
    expect(ran).toEqual([]);
  });

  it('lets notFound() through unchanged, from a bad hidden id and from the action itself', async () => {
    const badId = renameAction();
    expect(await thrownDigest(badId.action(null, form({ classId: 'x'.repeat(31), name: 'A' })))).toBe(
      'NEXT_HTTP_ERROR_FALLBACK;404',
    );
    const gone = renameAction(async () => notFound());
    expect(await thrownDigest(gone.action(null, form({ classId: 'class-1', name: 'A' })))).toBe(
      'NEXT_HTTP_ERROR_FALLBACK;404',
    );
  });

  it('lets redirect() through unchanged', async () => {
    const moved = renameAction(async () => redirect('/teacher'));
    expect(await thrownDigest(moved.action(null, form({ classId: 'class-1', name: 'A' })))).toMatch(
      /^NEXT_REDIRECT;.*;\/teacher;/,
    );
  });

  it('turns a refusal into the form’s error state, and "not found" into the 404', async () => {
    const stale = renameAction(async () => refuse('conflict', 'A live lesson is already running.') as never);
    expect(await stale.action(null, form({ classId: 'class-1', name: 'A' }))).toEqual({
      status: 'error',
      field: 'name',
      message: 'A live lesson is already running.',
    });
    const missing = renameAction(async () => refuse('not-found', 'No such class.') as never);
    expect(await thrownDigest(missing.action(null, form({ classId: 'class-1', name: 'A' })))).toBe(
      'NEXT_HTTP_ERROR_FALLBACK;404',
    );
  });

  type Result = { ok: true; name: string; user: SessionUser | null } | { ok: false; message: string };
  it('passes a plain value through for an action that takes one, and asks no one for an anonymous caller', async () => {
    const auth = signedIn();
    const signUp = guardedAction(
      {
        shape: { payload: 'value' },
        read: ({ value }) => value,
        schema: z.object({ name: z.string() }),
        caller: 'anyone',
        refused: ({ message }): Result => ({ ok: false, message }),
        run: async ({ name }, user): Promise<Result> => ({ ok: true, name, user }),
      },
      auth.whoIsAsking,
    );
    expect(await signUp({ name: 'Ada' })).toEqual({ ok: true, name: 'Ada', user: null });
    expect(await signUp('Ada')).toMatchObject({ ok: false });
    expect(auth.asked).toEqual([]);
  });
});
