import { applyChoice, availableChoices, startState } from '@/lib/scenario/engine';
import type { TScenario } from '@/lib/scenario/schema';
import { classChoice, followsClassVote, tallyChoices, type TClassChoice } from './class-decision';
import type { TBar } from './distribution';

/**
 * A live scenario lesson's report, pure: per decision the class took, the vote per choice, the
 * class's choice, what the teacher took (and why, when it went against the vote) and the
 * consequence that followed; per student their vote on each of those decisions. Events (a drawn
 * outcome, nothing to vote on) are not decisions and are left out.
 */

export type TReportDecisionNode = {
  id: string;
  title: string;
  choices: readonly { id: string; label: string; consequence: string }[];
};
export type TReportTakenDecision = { step: number; nodeId: string; choiceId: string; reason: string | null };
export type TReportChoiceVote = { studentId: string; step: number; choiceId: string };
export type TReportVoter = { id: string; name: string };

export type TScenarioDecisionReport = {
  step: number;
  nodeTitle: string;
  /** Votes per choice, in the decision's order. */
  votes: TBar[];
  classChoice: TClassChoice;
  chosenId: string;
  chosen: string;
  followedVote: boolean;
  /** Why the teacher went against the class's vote; null when they followed it. */
  reason: string | null;
  /** What the projector showed after the decision: the taken choice's consequence. */
  consequence: string;
};

export type TScenarioStudentReport = {
  studentId: string;
  name: string;
  /** Per decision, in lesson order: the label of the student's vote, or null when they did not vote. */
  votes: (string | null)[];
};

export type TScenarioDecisionsReport = {
  decisions: TScenarioDecisionReport[];
  students: TScenarioStudentReport[];
};

/**
 * The choice ids each step of a run offered (a choice may hold only under a condition), replayed
 * from the run's seed and its log: what the class could vote on. Shorter than the log when the
 * replay fails (the scenario changed under the run).
 */
export function offeredChoiceIds(
  scenario: TScenario,
  seed: number,
  log: readonly { choiceId: string }[],
): string[][] {
  const offered: string[][] = [];
  let state = startState(scenario, seed);
  for (const entry of log) {
    offered.push(availableChoices(state, scenario).map((c) => c.id));
    const next = applyChoice(state, entry.choiceId, scenario);
    if (!next.ok) break;
    state = next.state;
  }
  return offered;
}

/**
 * `offered` lists the choice ids each step offered (from `offeredChoiceIds`); a step it does not
 * cover counts every choice of the decision.
 */
export function buildScenarioReport(
  nodes: readonly TReportDecisionNode[],
  taken: readonly TReportTakenDecision[],
  votes: readonly TReportChoiceVote[],
  voters: readonly TReportVoter[],
  offered: readonly (readonly string[])[] = [],
): TScenarioDecisionsReport {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const decided = [...taken]
    .sort((a, b) => a.step - b.step)
    .flatMap((d) => {
      const node = byId.get(d.nodeId);
      return node ? [{ d, node }] : [];
    });
  const decisions = decided.map(({ d, node }): TScenarioDecisionReport => {
    const open = offered[d.step];
    const tally = tallyChoices(
      open ? node.choices.filter((c) => open.includes(c.id)) : node.choices,
      votes.filter((v) => v.step === d.step).map((v) => v.choiceId),
    );
    const choice = node.choices.find((c) => c.id === d.choiceId);
    return {
      step: d.step,
      nodeTitle: node.title,
      votes: tally,
      classChoice: classChoice(tally),
      chosenId: d.choiceId,
      chosen: choice?.label ?? d.choiceId,
      followedVote: followsClassVote(tally, d.choiceId),
      reason: d.reason,
      consequence: choice?.consequence ?? '',
    };
  });
  const voteOf = new Map(votes.map((v) => [`${v.studentId}|${v.step}`, v.choiceId]));
  const students = [...voters]
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
    .map((s) => ({
      studentId: s.id,
      name: s.name,
      votes: decided.map(({ d, node }) => {
        const id = voteOf.get(`${s.id}|${d.step}`);
        return id === undefined ? null : (node.choices.find((c) => c.id === id)?.label ?? id);
      }),
    }));
  return { decisions, students };
}
