'use client';
import type { ActionState } from '@/lib/action-state';
import { instantToWallTime } from '@/lib/dates/wall-time';
import { BusyButton } from '@/components/ui/busy-button';
import { HiddenFields } from '@/components/ui/hidden-fields';
import { FormAlert } from '@/components/ui/form-alert';
import { alertOf } from '@/components/ui/action-errors';
import { useReaderZone } from '@/components/ui/use-reader-zone';
import { AssignmentSettingsFields, SETTINGS_LABELS } from './assignment-settings-fields';
import { useAssignmentForm } from './use-assignment-form';
import { LateWorkCheckbox } from './late-work-checkbox';

type Props = {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  /** The class and the assignment being edited, sent with the form. */
  fields: { classId: string; assignmentId: string };
  kind: 'QUIZ' | 'SCENARIO';
  releaseAt: string | null;
  dueAt: string | null;
  maxAttempts: number | null;
  feedbackMode: string;
  acceptLateWork: boolean;
};

/**
 * Edits an assignment's dates, attempts and feedback in place. The dates are shown and read on
 * the teacher's own clock: the fields fill in once the browser has said its zone.
 */
export function EditAssignmentForm({
  action,
  fields,
  kind,
  releaseAt,
  dueAt,
  maxAttempts,
  feedbackMode,
  acceptLateWork,
}: Props) {
  const zone = useReaderZone();
  const { state, pending, formRef, submit } = useAssignmentForm(action, 'edit-status', zone);
  const local = (iso: string | null) => (iso && zone ? instantToWallTime(new Date(iso), zone) : '');
  // Re-mounted once the zone is known, so the fields start from the teacher's own clock.
  return (
    <form key={zone ?? 'server'} ref={formRef} onSubmit={submit} noValidate className="max-w-md space-y-4">
      <HiddenFields fields={fields} />
      <FormAlert id="edit-alert" message={alertOf(state, SETTINGS_LABELS)} />
      <AssignmentSettingsFields
        prefix="edit"
        state={state}
        withFeedback={kind === 'QUIZ'}
        defaults={{
          releaseAt: local(releaseAt),
          dueAt: local(dueAt),
          maxAttempts: maxAttempts === null ? '' : String(maxAttempts),
          feedbackMode,
        }}
      />
      <LateWorkCheckbox id="edit-acceptLateWork" defaultChecked={acceptLateWork} />
      <BusyButton type="submit" className="btn" busy={pending}>
        {pending ? 'Saving…' : 'Save changes'}
      </BusyButton>
      <p id="edit-status" role="status" tabIndex={-1} className="font-medium">
        {state.status === 'ok' ? (
          <>
            <span aria-hidden="true">✓ </span>
            {state.message}
          </>
        ) : null}
      </p>
    </form>
  );
}
