/** Pupil names as a teacher reads a list: "Pupil 2" before "Pupil 10", case and accents aside. */
const naturally = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

export function compareNames(a: string, b: string): number {
  return naturally.compare(a, b);
}
