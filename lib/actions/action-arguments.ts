/**
 * What React hands a server action, in order: the record ids the page bound in front
 * (`action.bind(null, classId)`), the form's previous state when the form shows one
 * (useActionState; never trusted, never read), then the payload. A request can carry any values in
 * those places (issue 9: a string where a form was expected made the action throw, a 500), so the
 * types are checked here before an action reads anything.
 */
export type ActionShape = {
  /** How many record ids the page binds in front of the other arguments. */
  bound?: number;
  /** The form shows the action's state (useActionState): React passes the previous state first. */
  withState?: boolean;
  /** The last argument: the submitted form, a plain value (sign-up sends an object), or nothing read. */
  payload: 'form' | 'value' | 'none';
};

export type ActionArguments = { ids: string[]; form: FormData; value: unknown };

/** The arguments when each has the type its place requires, else null. */
export function readActionArguments(args: readonly unknown[], shape: ActionShape): ActionArguments | null {
  const bound = shape.bound ?? 0;
  const ids = args.slice(0, bound);
  if (ids.length !== bound || !ids.every((id): id is string => typeof id === 'string')) return null;
  const last = args[bound + (shape.withState ? 1 : 0)];
  if (shape.payload === 'form')
    return last instanceof FormData ? { ids, form: last, value: undefined } : null;
  return { ids, form: new FormData(), value: shape.payload === 'value' ? last : undefined };
}
