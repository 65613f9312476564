import { describe, expect, it } from 'vitest';
import { applyChoice, availableChoices, getScenario, startState } from '@/lib/scenario';
import { buildScenarioReport, offeredChoiceIds, type TReportDecisionNode } from '@/lib/live/scenario-report';
import { liveScenarioReportCsv } from '@/lib/live/scenario-report-csv';

const nodes: TReportDecisionNode[] = [
  {
    id: 'summit',
    title: 'The summit, July',
    choices: [
      { id: 'press', label: 'Press for a date', consequence: 'Allies bristle; no date.' },
      { id: 'wait', label: 'Wait for the election', consequence: 'Time passes, "quietly".' },
    ],
  },
  {
    id: 'leak',
    title: 'A leak',
    choices: [
      { id: 'deny', label: 'Deny it', consequence: '=The story fades' },
      { id: 'own', label: 'Own it', consequence: 'Trust rises.' },
      { id: 'silent', label: 'Say nothing', consequence: 'Rumours, 2 days.' },
    ],
  },
];

// Step 1 is an event (a drawn outcome): it has a decision row of its own but is not a decision.
const taken = [
  { step: 2, nodeId: 'leak', choiceId: 'own', reason: null },
  { step: 0, nodeId: 'summit', choiceId: 'wait', reason: 'To see the cost, then compare' },
  { step: 1, nodeId: 'an-event', choiceId: 'continue', reason: null },
];
const votes = [
  { studentId: 'b', step: 0, choiceId: 'press' },
  { studentId: 'a', step: 0, choiceId: 'press' },
  { studentId: 'c', step: 0, choiceId: 'wait' },
  { studentId: 'a', step: 2, choiceId: 'deny' },
  { studentId: 'c', step: 2, choiceId: 'own' },
];
const voters = [
  { id: 'c', name: 'Cleo' },
  { id: 'a', name: '@Ann' },
  { id: 'b', name: 'Bohdan, Jr' },
];

describe('the live scenario report', () => {
  const report = buildScenarioReport(nodes, taken, votes, voters);

  it('lists the decisions in order with the vote, the class choice, what was taken and why', () => {
    expect(report.decisions.map((d) => [d.step, d.nodeTitle, d.chosen, d.followedVote, d.reason])).toEqual([
      [0, 'The summit, July', 'Wait for the election', false, 'To see the cost, then compare'],
      [2, 'A leak', 'Own it', true, null],
    ]);
    expect(report.decisions[0]?.classChoice).toEqual({ kind: 'majority', choiceId: 'press' });
    expect(report.decisions[1]?.classChoice).toEqual({ kind: 'tie', choiceIds: ['deny', 'own'] });
    expect(report.students.map((s) => [s.name, s.votes])).toEqual([
      ['@Ann', ['Press for a date', 'Deny it']],
      ['Bohdan, Jr', ['Press for a date', null]],
      ['Cleo', ['Wait for the election', 'Own it']],
    ]);
  });

  it('writes the exact CSV: a class row per choice, then each student’s vote per decision', () => {
    const lines = liveScenarioReportCsv(report).split('\r\n');
    expect(lines).toEqual([
      '\uFEFFwho,step,decision,choice,votes,class vote,taken,against the vote,reason,consequence',
      '(class),1,"The summit, July",Press for a date,2,majority,,,,',
      '(class),1,"The summit, July",Wait for the election,1,,yes,yes,"To see the cost, then compare","Time passes, ""quietly""."',
      '(class),3,A leak,Deny it,1,tied,,,,',
      '(class),3,A leak,Own it,1,tied,yes,no,,Trust rises.',
      '(class),3,A leak,Say nothing,0,,,,,',
      '\'@Ann,1,"The summit, July",Press for a date,,,,,,',
      "'@Ann,3,A leak,Deny it,,,,,,",
      '"Bohdan, Jr",1,"The summit, July",Press for a date,,,,,,',
      '"Bohdan, Jr",3,A leak,,,,,,,',
      'Cleo,1,"The summit, July",Wait for the election,,,,,,',
      'Cleo,3,A leak,Own it,,,,,,',
      '',
    ]);
  });

  it('guards a consequence that starts like a formula, and leaves a decision nobody voted on to the teacher', () => {
    const quiet = buildScenarioReport(
      nodes,
      [{ step: 0, nodeId: 'leak', choiceId: 'deny', reason: null }],
      [],
      [],
    );
    expect(quiet.decisions[0]).toMatchObject({ classChoice: { kind: 'no-votes' }, followedVote: true });
    expect(liveScenarioReportCsv(quiet).split('\r\n').slice(1, 4)).toEqual([
      "(class),1,A leak,Deny it,0,,yes,no,,'=The story fades",
      '(class),1,A leak,Own it,0,,,,,',
      '(class),1,A leak,Say nothing,0,,,,,',
    ]);
  });
});

describe('the choices a live scenario step offered', () => {
  it('counts only the choices the decision offered at that step', () => {
    const report = buildScenarioReport(nodes, taken, votes, voters, [['press', 'wait'], [], ['deny', 'own']]);
    expect(report.decisions[1]?.votes.map((b) => b.id)).toEqual(['deny', 'own']);
  });

  it('replays a run from its seed: each step offers what the run offered when it was played', () => {
    for (const slug of ['the-envoy', 'the-table']) {
      const { scenario } = getScenario(slug)!;
      for (const seed of [1, 7, 2024]) {
        // Play to the end, always taking the last choice offered (conditional choices come late).
        let state = startState(scenario, seed);
        const seen: string[][] = [];
        while (!state.ended) {
          const open = availableChoices(state, scenario).map((c) => c.id);
          seen.push(open);
          const next = applyChoice(state, open.at(-1)!, scenario);
          if (!next.ok) throw new Error(next.reason);
          state = next.state;
        }
        expect(offeredChoiceIds(scenario, seed, state.log)).toEqual(seen);
      }
    }
  });
});
