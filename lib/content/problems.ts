import type { z } from 'zod';

/** One thing wrong with the content, located precisely enough for an author to fix it. */
export type TContentProblem = {
  /** Path of the offending file, relative to the working directory. */
  file: string;
  /** The item inside the file: a question id, a term id, `line 12`, or `-` for the whole file. */
  item: string;
  message: string;
};

export function formatProblem(p: TContentProblem): string {
  return `${p.file}: ${p.item}: ${p.message}`;
}

/** Thrown by the loader so a broken deploy fails loudly, naming every problem. */
export class ContentError extends Error {
  constructor(readonly problems: readonly TContentProblem[]) {
    super(
      `Invalid content (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ContentError';
  }
}

/** Turns zod issues into problems; the issue path goes into the message so nested fields are findable. */
export function problemsFromZod(file: string, item: string, error: z.ZodError): TContentProblem[] {
  return error.issues.map((issue) => {
    const where = issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : '';
    return { file, item, message: `${where}${issue.message}` };
  });
}
