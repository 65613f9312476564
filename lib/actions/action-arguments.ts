/**
 * What React hands a server action, in order: the form's previous state when the form shows one
 * (useActionState; never trusted, never read), then the payload. Record ids travel in the form as
 * hidden fields (components/ui/hidden-fields.tsx), never bound in front, so there is one way in. A request can carry any values in
 * those places (issue 9: a string where a form was expected made the action throw, a 500), so the
 * types are checked here before an action reads anything.
 */
export type ActionShape = {
  /** The form shows the action's state (useActionState): React passes the previous state first. */
  withState?: boolean;
  /** The last argument: the submitted form, a plain value (sign-up sends an object), or nothing read. */
  payload: 'form' | 'value' | 'none';
};

export type ActionArguments = { form: FormData; value: unknown };

/** The arguments when each has the type its place requires, else null. */
export function readActionArguments(args: readonly unknown[], shape: ActionShape): ActionArguments | null {
  const last = args[shape.withState ? 1 : 0];
  if (shape.payload === 'form') return last instanceof FormData ? { form: last, value: undefined } : null;
  return { form: new FormData(), value: shape.payload === 'value' ? last : undefined };
}
