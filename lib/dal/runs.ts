import 'server-only';
import { db } from '@/lib/db';
import {
  applyChoice,
  getScenario,
  ZRunState,
  type TApplyError,
  type TLoadedScenario,
  type TRunState,
} from '@/lib/scenario';
import { buildRunPayload } from './run-payload';
import { StaleRunWrite, recordDecision } from './run-decision';
import { endingsFound, type TEndingsFound } from '@/lib/scenario/endings-found';
import type { TRunOutcome, TRunPayload, TRunRefusal } from '@/lib/scenario/run-types';
import { refuse, type TRefusalKind } from '@/lib/outcome/refusal';
import type { SessionUser } from './users';
import { isUniqueViolation } from './unique-violation';

/**
 * Scenario runs: load, decide, reflect, list. Every function takes the signed-in user and touches
 * only that user's runs, so a foreign run id is indistinguishable from an unknown one (404).
 *
 * A decision is compare-and-set on the run's `step`: the browser sends the step it saw, and the
 * decision row (unique on run and step) plus the run's new state are written in one transaction.
 * A repeat of the decision already recorded at that step answers with the run as it now stands,
 * so a double click, a retry or a second tab records it once.
 */

export type { TRunPayload, TRunOutcome } from '@/lib/scenario/run-types';

const RUN_COLUMNS = {
  id: true,
  scenarioSlug: true,
  contentVersion: true,
  seed: true,
  state: true,
  step: true,
  endedAt: true,
  reflection: true,
  assignmentId: true,
} as const;

type TRunRow = {
  id: string;
  scenarioSlug: string;
  contentVersion: string;
  seed: number;
  state: string;
  step: number;
  endedAt: Date | null;
  reflection: string | null;
  assignmentId: string | null;
};
type TOpenRun = { row: TRunRow; state: TRunState; loaded: TLoadedScenario; payload: TRunPayload };

async function openOwnRun(user: SessionUser, runId: string): Promise<TOpenRun | null> {
  const row = await db().scenarioRun.findFirst({
    where: { id: runId, studentId: user.id },
    select: RUN_COLUMNS,
  });
  if (!row) return null;
  const loaded = getScenario(row.scenarioSlug);
  // A scenario removed from the content leaves its runs unreadable; treat them as gone.
  if (!loaded) return null;
  const state = ZRunState.parse(JSON.parse(row.state));
  const endings = row.endedAt ? await endingsReached(user, loaded) : null;
  return { row, state, loaded, payload: buildRunPayload(row, state, loaded, endings) };
}

/** The endings this student has reached in the scenario, over all their runs (the invitation to replay). */
async function endingsReached(user: SessionUser, loaded: TLoadedScenario): Promise<TEndingsFound> {
  const runs = await db().scenarioRun.findMany({
    where: { studentId: user.id, scenarioSlug: loaded.scenario.slug, endingId: { not: null } },
    select: { endingId: true },
    distinct: ['endingId'],
  });
  return endingsFound(
    loaded.scenario,
    runs.map((r) => r.endingId),
  );
}

/** The run as its owner may see it, or null (the page answers 404). */
export async function loadOwnRun(user: SessionUser, runId: string): Promise<TRunPayload | null> {
  return (await openOwnRun(user, runId))?.payload ?? null;
}

const NOT_FOUND: TRunRefusal = { ...refuse('not-found', 'No such run.'), code: 'not-found' };

const MESSAGE = {
  stale:
    'This run has moved on since this page was loaded (perhaps in another tab). Here is where it stands now.',
  unavailable: 'That choice is not available at this point of the run.',
  ended: 'This run has already ended.',
  outdated:
    'This scenario has changed since the run started, so the run cannot continue. Start a new run to play the current version.',
} as const;

const KIND: Record<keyof typeof MESSAGE, TRefusalKind> = {
  stale: 'stale',
  unavailable: 'conflict',
  ended: 'closed',
  outdated: 'conflict',
};

function conflict(code: keyof typeof MESSAGE, run: TRunPayload): TRunOutcome {
  return { ...refuse(KIND[code], MESSAGE[code]), code, run };
}

const REASON_FOR: Record<TApplyError, keyof typeof MESSAGE> = {
  'run-ended': 'ended',
  'unknown-choice': 'unavailable',
  'unavailable-choice': 'unavailable',
  'unknown-node': 'outdated',
};

export async function submitDecision(
  user: SessionUser,
  runId: string,
  input: { choiceId: string; step: number },
  now = new Date(),
): Promise<TRunOutcome> {
  const open = await openOwnRun(user, runId);
  if (!open) return NOT_FOUND;
  const { row, state, loaded, payload } = open;
  if (input.step !== row.step)
    return (await sameDecisionRecorded(runId, input)) ? accepted(user, runId) : conflict('stale', payload);
  if (row.endedAt) return conflict('ended', payload);
  if (row.contentVersion !== loaded.version) return conflict('outdated', payload);
  const applied = applyChoice(state, input.choiceId, loaded.scenario);
  if (!applied.ok) return conflict(REASON_FOR[applied.reason], payload);

  const next = applied.state;
  const ended = next.ended !== undefined;
  try {
    await db().$transaction((tx) =>
      recordDecision(
        tx,
        { id: runId, ownerId: user.id, step: row.step, nodeId: state.nodeId },
        { choiceId: input.choiceId },
        next,
        now,
      ),
    );
  } catch (err) {
    if (!(err instanceof StaleRunWrite) && !isUniqueViolation(err)) throw err;
    // Someone wrote this step first (a double submit racing itself, or another tab).
    return (await sameDecisionRecorded(runId, input))
      ? accepted(user, runId)
      : conflict('stale', (await openOwnRun(user, runId))?.payload ?? payload);
  }
  return {
    ok: true,
    run: buildRunPayload(row, next, loaded, ended ? await endingsReached(user, loaded) : null),
  };
}

async function sameDecisionRecorded(
  runId: string,
  input: { choiceId: string; step: number },
): Promise<boolean> {
  const recorded = await db().scenarioDecision.findUnique({
    where: { runId_step: { runId, step: input.step } },
    select: { choiceId: true },
  });
  return recorded?.choiceId === input.choiceId;
}

async function accepted(user: SessionUser, runId: string): Promise<TRunOutcome> {
  const open = await openOwnRun(user, runId);
  return open ? { ok: true, run: open.payload } : NOT_FOUND;
}

/** Stores (or replaces) the reflection of an ended run; writing the same text twice is harmless. */
export async function saveReflection(user: SessionUser, runId: string, text: string): Promise<TRunOutcome> {
  const open = await openOwnRun(user, runId);
  if (!open) return NOT_FOUND;
  if (!open.row.endedAt)
    return { ...refuse('invalid', 'Reflect once the run has ended.'), code: 'not-ended' };
  const reflection = text.trim() === '' ? null : text.trim();
  await db().scenarioRun.updateMany({ where: { id: runId, studentId: user.id }, data: { reflection } });
  return { ok: true, run: { ...open.payload, reflection } };
}

export type TRunSummary = {
  id: string;
  scenarioSlug: string;
  scenarioTitle: string;
  step: number;
  startedAt: Date;
  endedAt: Date | null;
  endingTitle: string | null;
  assigned: boolean;
  outdated: boolean;
};

/** The user's runs, newest first, with titles from the content (endings only once reached). */
export async function listOwnRuns(user: SessionUser, scenarioSlug?: string): Promise<TRunSummary[]> {
  const rows = await db().scenarioRun.findMany({
    where: { studentId: user.id, ...(scenarioSlug ? { scenarioSlug } : {}) },
    orderBy: [{ startedAt: 'desc' }, { id: 'desc' }],
    select: {
      id: true,
      scenarioSlug: true,
      step: true,
      startedAt: true,
      endedAt: true,
      endingId: true,
      assignmentId: true,
      contentVersion: true,
    },
  });
  return rows.map((r) => {
    const loaded = getScenario(r.scenarioSlug);
    const ending = r.endingId ? loaded?.scenario.nodes.find((n) => n.id === r.endingId) : undefined;
    return {
      id: r.id,
      scenarioSlug: r.scenarioSlug,
      scenarioTitle: loaded?.scenario.title ?? r.scenarioSlug,
      step: r.step,
      startedAt: r.startedAt,
      endedAt: r.endedAt,
      endingTitle: ending?.title ?? null,
      assigned: r.assignmentId !== null,
      outdated: loaded?.version !== r.contentVersion,
    };
  });
}
