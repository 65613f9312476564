import { evaluateCondition } from './conditions';
import { availableChoices, type TAvailableChoice } from './engine';
import type { TObstacleId } from './obstacles';
import { indexScenario } from './scenario-index';
import type { TEndingNode, TScenario } from './schema';
import type { TRunState } from './state';
import { conditionContext } from './transition';

/**
 * What the browser may see of a run. Built by picking fields, never by spreading content objects,
 * so nothing unreached leaks: no effects, conditions, weights or next targets, no text of nodes the
 * run has not reached, and no consequence of a choice the player did not make.
 */

export type TPublicMeter = {
  id: string;
  label: string;
  description: string;
  value: number;
  min: number;
  max: number;
  good: 'high' | 'low';
};

export type TCitedText = { obstacles: TObstacleId[]; sources: string[] };

export type TPublicLogEntry = TCitedText & {
  step: number;
  nodeId: string;
  nodeTitle: string;
  kind: 'decision' | 'event';
  /** The choice made, or at an event the outcome that was drawn. */
  label: string;
  consequence: string;
};

export type TPublicEnding = TCitedText & {
  id: string;
  title: string;
  text: string;
  /** True when the run hit maxSteps rather than reaching an ending by itself. */
  cutOff: boolean;
  debrief: TPublicDebrief;
};

/** The debrief without conditions: only the path notes this run meets. */
export type TPublicDebrief = {
  inReality: string;
  pathNotes: string[];
  assumption: string | null;
  record: TEndingNode['debrief']['record'];
};

export type TPublicRunView = {
  scenario: {
    slug: string;
    title: string;
    role: string;
    briefing: string;
    sources: string[];
    asOf: string;
    maxSteps: number;
  };
  step: number;
  /** The node being played; null once the run has ended. */
  node: (TCitedText & { id: string; kind: 'decision' | 'event'; title: string; text: string }) | null;
  choices: TAvailableChoice[];
  meters: TPublicMeter[];
  log: TPublicLogEntry[];
  ending: TPublicEnding | null;
};

export function toPublicRunView(state: TRunState, scenario: TScenario): TPublicRunView {
  const { nodes } = indexScenario(scenario);
  const current = nodes.get(state.nodeId);
  return {
    scenario: {
      slug: scenario.slug,
      title: scenario.title,
      role: scenario.role,
      briefing: scenario.briefing,
      sources: [...scenario.sources],
      asOf: scenario.asOf,
      maxSteps: scenario.maxSteps,
    },
    step: state.step,
    node:
      !state.ended && current && current.kind !== 'ending'
        ? { ...cited(current), id: current.id, kind: current.kind, title: current.title, text: current.text }
        : null,
    choices: availableChoices(state, scenario),
    meters: scenario.meters.map((m) => ({
      id: m.id,
      label: m.label,
      description: m.description,
      value: state.meters[m.id] ?? m.start,
      min: m.min,
      max: m.max,
      good: m.good,
    })),
    log: state.log.flatMap((entry, position): TPublicLogEntry[] => {
      const node = nodes.get(entry.nodeId);
      const made =
        node?.kind === 'decision'
          ? node.choices.find((c) => c.id === entry.choiceId)
          : node?.kind === 'event'
            ? node.outcomes.find((o) => o.id === entry.outcomeId)
            : undefined;
      if (!node || node.kind === 'ending' || !made) return [];
      return [
        {
          ...cited(made),
          step: position + 1,
          nodeId: node.id,
          nodeTitle: node.title,
          kind: node.kind,
          label: made.label,
          consequence: made.consequence,
        },
      ];
    }),
    ending:
      state.ended && current?.kind === 'ending'
        ? {
            ...cited(current),
            id: current.id,
            title: current.title,
            text: current.text,
            cutOff: state.ended.reason === 'step-limit',
            debrief: publicDebrief(current, state),
          }
        : null,
  };
}

function publicDebrief(ending: TEndingNode, state: TRunState): TPublicDebrief {
  const context = conditionContext(state);
  const { inReality, pathNotes, assumption, record } = ending.debrief;
  return {
    inReality,
    pathNotes: pathNotes.filter((n) => evaluateCondition(n.when, context)).map((n) => n.text),
    assumption: assumption ?? null,
    record: record.map((c) => ({ claim: c.claim, text: c.text, sources: [...c.sources] })),
  };
}

function cited(item: TCitedText): TCitedText {
  return { obstacles: [...item.obstacles], sources: [...item.sources] };
}
