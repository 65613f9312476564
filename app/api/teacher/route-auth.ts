import 'server-only';
import { userForRoute } from '@/lib/auth/session';
import type { SessionUser } from '@/lib/dal/users';
import { ZRecordId } from '@/lib/record-id';
import { refuse } from '@/lib/outcome/refusal';
import { refusalResponse } from '@/lib/http/refusal-response';

/** Route handlers answer JSON: 401 for a visitor, 403 for a student, the teacher otherwise. */
export async function teacherForRoute(): Promise<{ teacher: SessionUser } | { response: Response }> {
  const result = await userForRoute();
  if ('response' in result) return result;
  if (result.user.role !== 'TEACHER')
    return { response: refusalResponse(refuse('forbidden', 'Teachers only.')) };
  return { teacher: result.user };
}

export function notFoundResponse(): Response {
  return refusalResponse(refuse('not-found', 'Not found.'));
}

export function csvResponse(file: { filename: string; csv: string }): Response {
  return new Response(file.csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${file.filename}"`,
      'Cache-Control': 'no-store',
    },
  });
}

/** A route's id segment, or a 400 naming what was wrong: every teacher route reads ids this way. */
export function parseRouteId(value: string, what: string): { id: string } | { response: Response } {
  const parsed = ZRecordId.safeParse(value);
  return parsed.success
    ? { id: parsed.data }
    : { response: refusalResponse(refuse('invalid', `Bad ${what} id.`)) };
}
