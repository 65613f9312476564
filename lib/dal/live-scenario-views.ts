import 'server-only';
import { db } from '@/lib/db';
import { toPublicRunView, type TPublicRunView } from '@/lib/scenario';
import { classChoice, tallyChoices } from '@/lib/live/class-decision';
import type { TScenarioPresenterView, TScenarioStudentView } from '@/lib/live/scenario-view-types';
import { accept, refuse, type TOutcome } from '@/lib/outcome/refusal';
import { findTeacherLiveSession } from './live';
import { findStudentLiveSession } from './live-answers';
import { liveRunOf } from './live-run';
import { stateOf, type TLiveSessionRow } from './live-rows';
import type { SessionUser } from './users';

/**
 * The projector's and the phones' views of a live scenario lesson, built from the run's public
 * view (which never carries an unchosen branch's consequence). Phones get even less: the decision's
 * text and its choices' labels, and after the decision only the label the class took.
 */

async function common(row: TLiveSessionRow) {
  const run = await liveRunOf(row.id);
  if (!run) return null;
  const state = stateOf(row);
  const publicRun = toPublicRunView(run.state, run.loaded.scenario);
  const showNode = state.phase === 'OPEN' && publicRun.node !== null;
  return {
    run,
    publicRun,
    base: {
      kind: 'scenario' as const,
      sessionId: row.id,
      seq: row.seq,
      title: run.loaded.scenario.title,
      phase: state.phase,
      paused: state.paused,
      step: state.currentIndex,
      node:
        showNode && publicRun.node
          ? { title: publicRun.node.title, text: publicRun.node.text, kind: publicRun.node.kind }
          : null,
    },
  };
}

const lastDecision = (publicRun: TPublicRunView) => publicRun.log.at(-1) ?? null;

export async function getScenarioPresenterView(
  teacher: SessionUser,
  sessionId: string,
  now = new Date(),
): Promise<TOutcome<TScenarioPresenterView>> {
  const row = await findTeacherLiveSession(teacher, sessionId, now);
  if (!row || row.kind !== 'SCENARIO') return refuse('not-found', 'No such live lesson.');
  const built = await common(row);
  if (!built) return refuse('closed', 'This scenario is no longer available; end the lesson.');
  const { run, publicRun, base } = built;
  const [enrolled, votes, decision] = await Promise.all([
    db().enrollment.count({ where: { classId: row.classId } }),
    db().liveChoiceVote.findMany({ where: { sessionId, step: run.state.step }, select: { choiceId: true } }),
    db().scenarioDecision.findUnique({
      where: { runId_step: { runId: run.row.id, step: base.step } },
      select: { reason: true },
    }),
  ]);
  const voting = base.phase === 'OPEN';
  const tally = voting
    ? tallyChoices(
        publicRun.choices,
        votes.map((v) => v.choiceId),
      )
    : [];
  const last = base.phase === 'REVEALED' || base.phase === 'ENDED' ? lastDecision(publicRun) : null;
  return accept({
    ...base,
    role: run.loaded.scenario.role,
    enrolled,
    voted: voting ? votes.length : 0,
    tally,
    classChoice: classChoice(tally),
    meters: publicRun.meters,
    last: last
      ? {
          nodeTitle: last.nodeTitle,
          label: last.label,
          consequence: last.consequence,
          reason: decision?.reason ?? null,
        }
      : null,
    ending: publicRun.ending,
    endedIdle: row.endedBy === 'IDLE',
  });
}

export async function getScenarioStudentView(
  student: SessionUser,
  sessionId: string,
  now = new Date(),
): Promise<TOutcome<TScenarioStudentView>> {
  const row = await findStudentLiveSession(student, sessionId, now);
  if (!row || row.kind !== 'SCENARIO') return refuse('not-found', 'No such live lesson for you.');
  const built = await common(row);
  if (!built) return refuse('closed', 'This scenario is no longer available.');
  const { run, publicRun, base } = built;
  const voting = base.phase === 'OPEN' && base.node?.kind === 'decision';
  const mine = voting
    ? await db().liveChoiceVote.findUnique({
        where: { sessionId_studentId_step: { sessionId, studentId: student.id, step: run.state.step } },
        select: { choiceId: true },
      })
    : null;
  return accept({
    ...base,
    choices: voting ? publicRun.choices.map((c) => ({ id: c.id, label: c.label })) : [],
    myChoice: mine?.choiceId ?? null,
    taken: base.phase === 'REVEALED' ? (lastDecision(publicRun)?.label ?? null) : null,
    endingTitle: publicRun.ending?.title ?? null,
  });
}
