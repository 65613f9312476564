import { toCsv, type CsvCell } from '@/lib/export/csv';
import type { TScenarioDecisionReport, TScenarioDecisionsReport } from './scenario-report';

/**
 * The live scenario lesson's report as CSV, one table in long form so a spreadsheet can filter it:
 * first the class's rows, one per choice of each decision in order (its votes, whether it was the
 * class's majority or among the tied, and on the choice the teacher took: whether that went against
 * the vote, the recorded reason and the consequence shown); then one row per student and decision
 * with the student's vote. Steps count from 1, as the run's log does.
 */

const HEADERS = [
  'who',
  'step',
  'decision',
  'choice',
  'votes',
  'class vote',
  'taken',
  'against the vote',
  'reason',
  'consequence',
];

function classVote(d: TScenarioDecisionReport, choiceId: string): string {
  const vote = d.classChoice;
  if (vote.kind === 'majority') return vote.choiceId === choiceId ? 'majority' : '';
  if (vote.kind === 'tie') return vote.choiceIds.includes(choiceId) ? 'tied' : '';
  return '';
}

function decisionRows(d: TScenarioDecisionReport): CsvCell[][] {
  return d.votes.map((bar) => {
    const taken = bar.id === d.chosenId;
    return [
      '(class)',
      d.step + 1,
      d.nodeTitle,
      bar.label,
      bar.count,
      classVote(d, bar.id),
      taken ? 'yes' : '',
      taken ? (d.followedVote ? 'no' : 'yes') : '',
      taken ? d.reason : '',
      taken ? d.consequence : '',
    ];
  });
}

export function liveScenarioReportCsv(report: TScenarioDecisionsReport): string {
  const classRows = report.decisions.flatMap(decisionRows);
  const studentRows = report.students.flatMap((s) =>
    report.decisions.map((d, i) => [s.name, d.step + 1, d.nodeTitle, s.votes[i], '', '', '', '', '', '']),
  );
  return toCsv(HEADERS, [...classRows, ...studentRows]);
}
