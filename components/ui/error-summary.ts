/**
 * One short sentence for a form's alert region naming the fields that need attention, e.g.
 * "2 fields need attention: Your name, Password." Each field's own message is read with the
 * field (aria-describedby) when focus moves to the first one.
 */
export function summariseFieldErrors(
  errors: Readonly<Record<string, string | undefined>>,
  labels: Readonly<Record<string, string>>,
): string | null {
  const names = Object.keys(labels).filter((key) => errors[key]);
  if (names.length === 0) return null;
  const list = names.map((key) => labels[key]).join(', ');
  return `${names.length === 1 ? '1 field needs' : `${names.length} fields need`} attention: ${list}.`;
}
