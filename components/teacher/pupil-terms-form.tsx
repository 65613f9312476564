'use client';
import { startTransition, useActionState, useEffect, type FormEvent } from 'react';
import { IDLE, type ActionState } from '@/lib/action-state';
import { instantToWallTime } from '@/lib/dates/wall-time';
import { useReaderZone } from '@/components/ui/use-reader-zone';
import { BusyButton } from '@/components/ui/busy-button';
import { moveFocus } from '@/components/ui/focus';
import { LocalTime } from '@/components/ui/local-time';

type Props = {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  /** The records the form is about; they travel as hidden fields. */
  ids: { classId: string; studentId: string; assignmentId: string };
  /** Unique per form on the page (the assignment id). */
  idPrefix: string;
  studentName: string;
  title: string;
  classDueAt: string | null;
  classMaxAttempts: number | null;
  dueAt: string | null;
  extraAttempts: number;
};

/** An extension and extra attempts for one pupil on one assignment, on the teacher's own clock. */
export function PupilTermsForm(props: Props) {
  const { action, idPrefix, studentName, title, classDueAt, classMaxAttempts } = props;
  const [state, formAction, pending] = useActionState(action, IDLE);
  const zone = useReaderZone();
  const id = (field: string) => `${idPrefix}-${field}`;
  const error = (field: string) => (state.status === 'error' && state.field === field ? state.message : null);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const form = new FormData(event.currentTarget);
    form.set('timeZone', zone ?? Intl.DateTimeFormat().resolvedOptions().timeZone);
    startTransition(() => formAction(form));
  };
  useEffect(() => {
    if (state.status === 'error') moveFocus(`${idPrefix}-${state.field ?? 'dueAt'}`);
    if (state.status === 'ok') moveFocus(`${idPrefix}-status`);
  }, [state, idPrefix]);
  const field = (name: 'dueAt' | 'extraAttempts') => ({
    id: id(name),
    name,
    className: 'field-input',
    'aria-invalid': error(name) ? true : undefined,
    'aria-describedby': `${id(name)}-hint${error(name) ? ` ${id(name)}-error` : ''}`,
  });
  const fieldError = (name: string) =>
    error(name) ? (
      <p id={`${id(name)}-error`} className="field-error">
        <span aria-hidden="true">⚠ </span>
        {error(name)}
      </p>
    ) : null;
  return (
    // Not re-mounted when the zone becomes known: an untouched date field then shows the default on
    // the teacher's own clock, and what was already typed stays (a re-mount would throw it away).
    <form onSubmit={submit} noValidate className="grid max-w-xl gap-3 sm:grid-cols-2">
      {Object.entries(props.ids).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div>
        <label htmlFor={id('dueAt')} className="field-label">
          Due date for {studentName}
          <span className="sr-only"> on {title}</span>
        </label>
        <input
          {...field('dueAt')}
          type="datetime-local"
          defaultValue={props.dueAt && zone ? instantToWallTime(new Date(props.dueAt), zone) : ''}
        />
        <p id={`${id('dueAt')}-hint`} className="text-sm text-ink-soft">
          Empty: the class’s{' '}
          {classDueAt ? (
            <>
              (<LocalTime value={classDueAt} form="day-time" />)
            </>
          ) : (
            '(none)'
          )}
          .
        </p>
        {fieldError('dueAt')}
      </div>
      <div>
        <label htmlFor={id('extraAttempts')} className="field-label">
          Extra attempts
          <span className="sr-only">
            {' '}
            for {studentName} on {title}
          </span>
        </label>
        <input {...field('extraAttempts')} inputMode="numeric" defaultValue={String(props.extraAttempts)} />
        <p id={`${id('extraAttempts')}-hint`} className="text-sm text-ink-soft">
          {classMaxAttempts === null
            ? 'Attempts are unlimited already.'
            : `On top of the class’s ${classMaxAttempts}.`}
        </p>
        {fieldError('extraAttempts')}
      </div>
      <div className="sm:col-span-2">
        <BusyButton type="submit" className="btn" busy={pending}>
          {pending ? 'Saving…' : 'Save'}
          <span className="sr-only">
            {' '}
            for {studentName} on {title}
          </span>
        </BusyButton>
        <p id={`${idPrefix}-status`} role="status" tabIndex={-1} className="mt-2 font-medium">
          {state.status === 'ok' ? (
            <>
              <span aria-hidden="true">✓ </span>
              {state.message}
            </>
          ) : null}
        </p>
      </div>
    </form>
  );
}
