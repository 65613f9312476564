import { userForRoute } from '@/lib/auth/session';
import { fileContentReport } from '@/lib/dal/content-reports';
import { ZReportBody } from '@/lib/reports/report-rules';
import { readJsonBody } from '@/lib/http/json-body';

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
  const headers = { 'Cache-Control': 'no-store' };
  if (!outcome.ok) return Response.json({ error: outcome.reason }, { status: outcome.status, headers });
  return Response.json(outcome.value, { status: outcome.value.updated ? 200 : 201, headers });
}
