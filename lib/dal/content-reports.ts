import 'server-only';
import { refuse, type TOutcome } from '@/lib/outcome/refusal';
import { db } from '@/lib/db';
import { toCsv } from '@/lib/export/csv';
import { resolveReportItem, type TReportItem } from '@/lib/reports/report-items';
import {
  KIND_TEXT,
  REASON_TEXT,
  REPORTS_PER_HOUR,
  type TReportBody,
  type TReportKind,
  type TReportReason,
} from '@/lib/reports/report-rules';
import type { SessionUser } from './users';

/**
 * Reports on content ("this seems wrong / unclear / one-sided"). Any signed-in reader may file one;
 * teachers read them all, because content is shared by every class and errors must reach whoever
 * maintains it. Reporters are never named to teachers: a report is about the content, not the pupil.
 */

export type TReportOutcome = TOutcome<{ id: string; updated: boolean }>;

const HOUR_MS = 60 * 60 * 1000;

/**
 * Files a report, or replaces the reader's earlier report on the same item (so a double submit or a
 * retry stores one row). At most REPORTS_PER_HOUR new or changed reports per account per hour,
 * counted in the database so every server process shares the limit.
 */
export async function fileContentReport(
  user: SessionUser,
  body: TReportBody,
  now = new Date(),
): Promise<TReportOutcome> {
  const item = resolveReportItem(body.kind, body.ref);
  if (!item) return refuse('not-found', 'There is no such item to report.');
  return db().$transaction(async (tx) => {
    const recent = await tx.contentReport.count({
      where: { reporterId: user.id, updatedAt: { gt: new Date(now.getTime() - HOUR_MS) } },
    });
    if (recent >= REPORTS_PER_HOUR)
      return refuse('limit-reached', 'You have sent many reports in the last hour. Please try again later.');
    const key = { reporterId: user.id, itemKind: body.kind, itemRef: body.ref };
    const existing = await tx.contentReport.findUnique({
      where: { reporterId_itemKind_itemRef: key },
      select: { id: true },
    });
    const data = { reason: body.reason, comment: body.comment, excerpt: item.text, updatedAt: now };
    const row = await tx.contentReport.upsert({
      where: { reporterId_itemKind_itemRef: key },
      create: { ...key, ...data, createdAt: now },
      update: data,
      select: { id: true },
    });
    return { ok: true as const, value: { id: row.id, updated: existing !== null } };
  });
}

export type TReportEntry = {
  reason: TReportReason;
  comment: string;
  /** The text the reader saw, when it differs from the item's current text. */
  sawText: string | null;
  reporterRole: string;
  reportedAt: Date;
};

export type TReportedItem = {
  item: TReportItem;
  reports: TReportEntry[];
  latest: Date;
};

/** Every reported item with its current text, its sources and its reports, most recently reported first. */
export async function listReportedItems(teacher: SessionUser): Promise<TReportedItem[]> {
  if (teacher.role !== 'TEACHER') return [];
  const rows = await db().contentReport.findMany({
    orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
    select: {
      itemKind: true,
      itemRef: true,
      reason: true,
      comment: true,
      excerpt: true,
      updatedAt: true,
      reporter: { select: { role: true } },
    },
  });
  const byItem = new Map<string, TReportedItem>();
  for (const row of rows) {
    const key = `${row.itemKind} ${row.itemRef}`;
    let entry = byItem.get(key);
    if (!entry) {
      const kind = row.itemKind as TReportKind;
      // An item removed since it was reported is still listed, with the text the reader saw.
      const item = resolveReportItem(kind, row.itemRef) ?? {
        kind,
        ref: row.itemRef,
        context: 'No longer in the content',
        text: row.excerpt,
        sources: [],
      };
      entry = { item, reports: [], latest: row.updatedAt };
      byItem.set(key, entry);
    }
    entry.reports.push({
      reason: row.reason as TReportReason,
      comment: row.comment,
      sawText: row.excerpt === entry.item.text ? null : row.excerpt,
      reporterRole: row.reporter.role === 'TEACHER' ? 'teacher' : 'student',
      reportedAt: row.updatedAt,
    });
  }
  return [...byItem.values()];
}

/** The reports as CSV, one row per report, with the item's text and sources for whoever fixes it. */
export async function contentReportsCsv(teacher: SessionUser): Promise<string> {
  const items = await listReportedItems(teacher);
  const rows = items.flatMap(({ item, reports }) =>
    reports.map((r) => [
      KIND_TEXT[item.kind],
      item.ref,
      item.context,
      item.text,
      item.sources.map((s) => `${s.ref} (${s.title}, ${s.date})`).join('; '),
      REASON_TEXT[r.reason],
      r.comment,
      r.sawText ?? '',
      r.reporterRole,
      r.reportedAt.toISOString(),
    ]),
  );
  return toCsv(
    [
      'kind',
      'item',
      'where',
      'current text',
      'sources',
      'reason',
      'comment',
      'text when reported',
      'reporter',
      'reported at',
    ],
    rows,
  );
}
