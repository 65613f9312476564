import { userForRoute } from '@/lib/auth/session';
import { fileContentReport } from '@/lib/dal/content-reports';
import { ZReportBody } from '@/lib/reports/report-rules';
import { readJsonBody } from '@/lib/http/json-body';
import { outcomeResponse } from '@/lib/http/refusal-response';

/**
 * Files a report on a question, briefing paragraph or scenario step. 201 for a new report, 200 when
 * it replaces the reader's earlier report on the same item, 404 for an unknown item, 429 past the
 * hourly limit.
 */
export async function POST(request: Request) {
  const auth = await userForRoute();
  if ('response' in auth) return auth.response;
  const body = await readJsonBody(request, ZReportBody);
  if ('response' in body) return body.response;
  const outcome = await fileContentReport(auth.user, body.data);
  return outcomeResponse(outcome, outcome.ok && !outcome.value.updated ? 201 : 200);
}
