import { notFound } from 'next/navigation';
import type { ActionState } from '@/lib/action-state';
import type { Problem } from './guarded-action';

/**
 * The error state of a form that shows ActionState: the message on the field it concerns when the
 * form has that field, else on the form's first field (so it is always shown and announced). A
 * problem with a record id the page bound or put in the form is the same 404 as a record of
 * someone else's: the id did not come from this app's page.
 */
export function formError(fields: readonly [string, ...string[]], ids: readonly string[] = []) {
  return (problem: Problem): ActionState => {
    if (problem.field && ids.includes(problem.field)) notFound();
    const field = problem.field && fields.includes(problem.field) ? problem.field : fields[0];
    return { status: 'error', field, message: problem.message };
  };
}
