import { contentReportsCsv } from '@/lib/dal/content-reports';
import { csvResponse, teacherForRoute } from '@/app/api/teacher/route-auth';

export const dynamic = 'force-dynamic';

/** Every content report as CSV, with each item's text and sources, for whoever maintains the content. */
export async function GET() {
  const auth = await teacherForRoute();
  if ('response' in auth) return auth.response;
  return csvResponse({ filename: 'content-reports.csv', csv: await contentReportsCsv(auth.teacher) });
}
