import 'server-only';
import { loadContent } from '@/lib/content/load';
import { parseSourceRef } from '@/lib/content/source-schema';
import {
  replay,
  toPublicRunView,
  type TLoadedScenario,
  type TPublicRunView,
  type TRunState,
} from '@/lib/scenario';
import type {
  TLastStep,
  TMeterChange,
  TRunCitation,
  TRunObstacle,
  TRunPayload,
} from '@/lib/scenario/run-types';
import type { TEndingsFound } from '@/lib/scenario/endings-found';

/**
 * Builds what the browser receives for a run: the engine's public view plus display helpers that
 * are derived only from it (resolved citations, obstacles met) or from the run's own history (how
 * the meters moved on the latest step, found by replaying every step but the last from the seed).
 */
export function buildRunPayload(
  run: {
    id: string;
    seed: number;
    contentVersion: string;
    reflection: string | null;
    assignmentId: string | null;
  },
  state: TRunState,
  loaded: TLoadedScenario,
  endings: TEndingsFound | null = null,
): TRunPayload {
  const view = toPublicRunView(state, loaded.scenario);
  return {
    runId: run.id,
    view,
    lastStep: lastStepOf(view, state, loaded, run.seed),
    citations: resolveCitations(citedRefs(view)),
    obstacles: obstaclesMet(view),
    reflection: run.reflection,
    assignmentId: run.assignmentId,
    outdated: run.contentVersion !== loaded.version,
    endings: view.ending ? endings : null,
  };
}

function lastStepOf(
  view: TPublicRunView,
  state: TRunState,
  loaded: TLoadedScenario,
  seed: number,
): TLastStep | null {
  const last = view.log.at(-1);
  if (!last) return null;
  const before = replay(
    loaded.scenario,
    seed,
    state.log.slice(0, -1).map((e) => e.choiceId),
  );
  const changes: TMeterChange[] = before.ok
    ? view.meters.flatMap((m) => {
        const from = before.state.meters[m.id] ?? m.value;
        return from === m.value ? [] : [{ id: m.id, label: m.label, from, to: m.value, good: m.good }];
      })
    : [];
  return { nodeTitle: last.nodeTitle, label: last.label, consequence: last.consequence, changes };
}

function citedRefs(view: TPublicRunView): string[] {
  const refs = [
    ...view.scenario.sources,
    ...(view.node?.sources ?? []),
    ...view.log.flatMap((e) => e.sources),
    ...(view.ending ? [...view.ending.sources, ...view.ending.debrief.record.flatMap((c) => c.sources)] : []),
  ];
  return [...new Set(refs)];
}

export function resolveCitations(refs: string[]): Record<string, TRunCitation> {
  const { sources } = loadContent();
  const resolved: Record<string, TRunCitation> = {};
  for (const ref of refs) {
    const { sourceId, locator } = parseSourceRef(ref);
    const source = sources[sourceId];
    // Content checks guarantee every reference resolves; an unresolved one is simply not shown.
    if (source)
      resolved[ref] = {
        ref,
        title: source.title,
        date: source.date,
        summary: source.locators[locator] ?? '',
      };
  }
  return resolved;
}

function obstaclesMet(view: TPublicRunView): TRunObstacle[] {
  const ids = new Set([...view.log.flatMap((e) => e.obstacles), ...(view.ending?.obstacles ?? [])]);
  const topics = new Map(loadContent().topics.map((t) => [t.id, t]));
  return [...ids].flatMap((id) => {
    const topic = topics.get(id);
    return topic ? [{ id, title: topic.title, obstacle: topic.obstacle }] : [];
  });
}
