import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCouncil } from '@/lib/dal/council';
import type { TMoveInput } from '@/lib/dal/council-act';
import { classCouncilBlocks } from '@/lib/dal/council-blocks';
import { councilRecordFile } from '@/lib/dal/council-record';
import { saveCouncilReflection } from '@/lib/dal/council-reflections';
import type { SessionUser } from '@/lib/dal/users';
import { councilTestbed, moveAt } from './support/council-class';
import { databaseKinds, type TestDatabase } from './support/databases';
import { makeUser } from './support/teacher-fixtures';

const T0 = Date.UTC(2026, 2, 3, 9, 0, 0);
const at = (seconds: number) => new Date(T0 + seconds * 1000);

describe.each(databaseKinds())(
  'the council record as CSV, and who blocked across councils, on %s',
  (kind) => {
    let t: TestDatabase;
    let teacher: SessionUser;
    /** Seven students fill every seat: only the moves below are made, no bot's. */
    let full: SessionUser[];
    let classId: string;

    beforeAll(async () => {
      ({ t, teacher, classId, students: full } = await councilTestbed(kind, 'Year 9', 'delegate', 7));
    });
    afterAll(() => t?.drop());

    async function move(user: SessionUser, id: string, m: TMoveInput['move'], seconds: number) {
      const moved = await moveAt(t.db, user, id, m, at(seconds));
      if (!moved.ok) throw new Error(moved.reason);
    }

    it('one row per event in order, then the reflections; quoted, formula-guarded, BOM and CRLF', async () => {
      const opened = await openCouncil(teacher, classId);
      if (!opened.ok) throw new Error(opened.reason);
      const id = opened.value.sessionId;
      // A fixed seed and start, so the event drawn and every time are known.
      await t.db.councilSession.update({ where: { id }, data: { seed: 42, startedAt: at(0) } });
      const [, us, germany] = full;
      await move(teacher, id, { type: 'table', proposalId: 'invite-now', amendmentIds: [] }, 10);
      await move(
        germany!,
        id,
        { type: 'state', text: 'Berlin wants a settled line first.', amendmentId: 'conditions-clause' },
        20,
      );
      await move(us!, id, { type: 'state', text: '=SUM(A1) is not a policy' }, 25);
      await move(
        teacher,
        id,
        { type: 'table', proposalId: 'invite-now', amendmentIds: ['conditions-clause'] },
        30,
      );
      await move(teacher, id, { type: 'open-silence' }, 40);
      await move(
        germany!,
        id,
        { type: 'break-silence', reason: 'Not now, "not yet": the line comes first.' },
        50,
      );
      await move(teacher, id, { type: 'table', proposalId: 'defer', amendmentIds: [] }, 60);
      await move(teacher, id, { type: 'open-silence' }, 70);
      // Nobody moves: reading the record after the deadline (250 s) adopts the draft.
      expect(await councilRecordFile(teacher, id, at(255))).not.toBeNull();
      expect(await saveCouncilReflection(germany!, id, 'A settled line,\nand time.')).toMatchObject({
        ok: true,
      });

      const file = await councilRecordFile(teacher, id, at(300));
      expect(file?.filename).toBe(`council-2026-03-03-${id}.csv`);
      expect(file?.csv).toBe(
        '\uFEFF' +
          [
            'Seconds into the council,Round,Seat,Student,Kind,Text or reason,Draft,Amendment proposed',
            '10,1,Secretary-General (chair),,Draft tabled,,Invite Ukraine now,',
            '20,1,Germany,,Statement,Berlin wants a settled line first.,Invite Ukraine now,"Add ""when all allies agree and conditions are met"""',
            "25,1,United States,,Statement,'=SUM(A1) is not a policy,Invite Ukraine now,",
            '30,1,Secretary-General (chair),,Draft re-tabled,,"Invite Ukraine now + Add ""when all allies agree and conditions are met""",',
            '40,1,Secretary-General (chair),,Silence opened,Deadline: 220 seconds into the council,"Invite Ukraine now + Add ""when all allies agree and conditions are met""",',
            '50,1,Germany,,Silence broken,"Not now, ""not yet"": the line comes first.","Invite Ukraine now + Add ""when all allies agree and conditions are met""",',
            "50,1,,,Event drawn,Hypothetical: Kyiv and the holdout ally's government sign an agreement on minority-language schooling.,,",
            '60,2,Secretary-General (chair),,Draft tabled,,Defer the decision,',
            '70,2,Secretary-General (chair),,Silence opened,Deadline: 250 seconds into the council,Defer the decision,',
            '250,2,,,Adopted by consensus,,Defer the decision,',
            ',,Germany,delegate 3,Reflection,"A settled line,\nand time.",,',
          ].join('\r\n') +
          '\r\n',
      );
    });

    it('the class’s councils replayed and counted: who broke silence, on which draft', async () => {
      const blocks = await classCouncilBlocks(teacher, classId);
      expect(blocks?.councils).toBe(1);
      expect(blocks?.skipped).toBe(0);
      expect(blocks?.seats.filter((s) => s.total > 0)).toEqual([
        {
          seatId: 'germany',
          name: 'Germany',
          total: 1,
          drafts: [
            {
              key: 'invite-now+conditions-clause',
              label: 'Invite Ukraine now + Add "when all allies agree and conditions are met"',
              count: 1,
            },
          ],
        },
      ]);
      expect(await classCouncilBlocks(await makeUser(t.db, 'TEACHER'), classId)).toBeNull();
    });

    it('is its teacher’s alone', async () => {
      const id = (await t.db.councilSession.findFirstOrThrow({ where: { classId } })).id;
      expect(await councilRecordFile(await makeUser(t.db, 'TEACHER'), id)).toBeNull();
      expect(await councilRecordFile(full[0]!, id)).toBeNull();
    });
  },
);
