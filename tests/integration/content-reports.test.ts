import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { setDatabaseClient } from '@/lib/db';
import { contentReportsCsv, fileContentReport, listReportedItems } from '@/lib/dal/content-reports';
import { REPORTS_PER_HOUR, ZReportBody, type TReportBody } from '@/lib/reports/report-rules';
import { createTestDatabase, databaseKinds, type TestDatabase } from './support/databases';
import { makeUser } from './support/teacher-fixtures';

const report = (over: Partial<TReportBody> = {}): TReportBody =>
  ZReportBody.parse({
    kind: 'QUESTION',
    ref: 'a5-worldwide',
    reason: 'WRONG',
    comment: 'Article 6 also covers Turkey.',
    ...over,
  });

describe.each(databaseKinds())('content reports on %s', (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
    setDatabaseClient(t.db);
  });
  afterAll(() => t?.drop());

  it('stores a report on each kind of item and lists it for teachers with the item and its sources', async () => {
    const student = await makeUser(t.db, 'STUDENT');
    const teacher = await makeUser(t.db, 'TEACHER');
    expect((await fileContentReport(student, report())).ok).toBe(true);
    const briefing = await fileContentReport(
      student,
      report({ kind: 'BRIEFING', ref: 'article-5-borders#1', reason: 'UNCLEAR' }),
    );
    expect(briefing.ok).toBe(true);
    const node = await fileContentReport(
      teacher,
      report({ kind: 'SCENARIO', ref: 'the-envoy#ending-door-ajar', reason: 'ONE_SIDED' }),
    );
    expect(node).toMatchObject({ ok: true });

    const items = await listReportedItems(teacher);
    const question = items.find((i) => i.item.kind === 'QUESTION' && i.item.ref === 'a5-worldwide');
    expect(question?.item.sources.map((s) => s.ref)).toContain('north-atlantic-treaty#art6');
    expect(question?.reports).toEqual([
      expect.objectContaining({
        reason: 'WRONG',
        comment: 'Article 6 also covers Turkey.',
        reporterRole: 'student',
      }),
    ]);
    expect(items.map((i) => i.item.kind).sort()).toEqual(['BRIEFING', 'QUESTION', 'SCENARIO']);
    // Students never see the list: it is for whoever maintains the content.
    expect(await listReportedItems(student)).toEqual([]);
  });

  it('a second report on the same item replaces the first (one row per reader and item)', async () => {
    const student = await makeUser(t.db, 'STUDENT');
    const first = await fileContentReport(student, report({ ref: 'pol-how-invited' }));
    const second = await fileContentReport(
      student,
      report({ ref: 'pol-how-invited', comment: 'On reflection, unclear.' }),
    );
    expect(first).toMatchObject({ ok: true, value: { updated: false } });
    expect(second).toMatchObject({ ok: true, value: { updated: true } });
    const rows = await t.db.contentReport.findMany({ where: { reporterId: student.id } });
    expect(rows.map((r) => r.comment)).toEqual(['On reflection, unclear.']);
  });

  it('refuses an item that does not exist', async () => {
    const student = await makeUser(t.db, 'STUDENT');
    expect(await fileContentReport(student, report({ ref: 'no-such-question' }))).toMatchObject({
      ok: false,
      kind: 'not-found',
    });
    expect(
      await fileContentReport(student, report({ kind: 'BRIEFING', ref: 'article-5-borders#999' })),
    ).toMatchObject({ ok: false, kind: 'not-found' });
    expect(
      await fileContentReport(student, report({ kind: 'SCENARIO', ref: 'the-envoy#no-such-node' })),
    ).toMatchObject({ ok: false, kind: 'not-found' });
  });

  it(`limits each account to ${REPORTS_PER_HOUR} reported items an hour`, async () => {
    const student = await makeUser(t.db, 'STUDENT');
    const other = await makeUser(t.db, 'STUDENT');
    const now = new Date('2026-11-30T12:00:00Z');
    const ids = loadContent().modules.flatMap((m) => m.questions.map((q) => q.id));
    for (let n = 0; n < REPORTS_PER_HOUR; n++) {
      const at = new Date(now.getTime() + n * 1000);
      expect((await fileContentReport(student, report({ ref: ids[n] }), at)).ok).toBe(true);
    }
    const blocked = await fileContentReport(
      student,
      report({ ref: ids[REPORTS_PER_HOUR] }),
      new Date(now.getTime() + 60_000),
    );
    expect(blocked).toMatchObject({ ok: false, kind: 'limit-reached' });
    // Another account is not affected, and the limit lifts after an hour.
    expect((await fileContentReport(other, report({ ref: ids[REPORTS_PER_HOUR] }), now)).ok).toBe(true);
    const later = await fileContentReport(
      student,
      report({ ref: ids[REPORTS_PER_HOUR] }),
      new Date(now.getTime() + 2 * 3_600_000),
    );
    expect(later.ok).toBe(true);
  });

  it('exports every report as CSV with the item, its sources and the reason', async () => {
    const teacher = await makeUser(t.db, 'TEACHER');
    const csv = await contentReportsCsv(teacher);
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'kind,item,where,current text,sources,reason,comment,text when reported,reporter,reported at',
    );
    const row = lines.find((l) => l.startsWith('Question,a5-worldwide,'));
    expect(row).toContain('north-atlantic-treaty#art6');
    expect(row).toContain('This seems wrong');
  });
});
