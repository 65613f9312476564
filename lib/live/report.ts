import { toCsv } from '@/lib/export/csv';
import { compareRounds, type TRoundShift } from './distribution';

/**
 * The session report, pure: per question the first vote, the second vote and the shift; per
 * student their answers (right or wrong in each round). Plus its CSV.
 */

export type TReportVote = { studentId: string; questionId: string; round: number; correct: boolean };
export type TReportQuestion = { id: string; prompt: string };
export type TReportStudent = { id: string; name: string };

export type TQuestionReport = {
  questionId: string;
  prompt: string;
  firstVotes: number;
  secondVotes: number;
  /** Null when the question had no second vote. */
  shift: TRoundShift | null;
  firstShare: number;
};

export type TStudentReport = {
  studentId: string;
  name: string;
  /** Per question, in lesson order: each round's result, or null when the student did not vote. */
  answers: { questionId: string; first: boolean | null; second: boolean | null }[];
  correctFinal: number;
};

export type TLiveReport = { questions: TQuestionReport[]; students: TStudentReport[] };

export function buildLiveReport(
  questions: readonly TReportQuestion[],
  students: readonly TReportStudent[],
  votes: readonly TReportVote[],
): TLiveReport {
  const of = (questionId: string, round: number) =>
    votes.filter((v) => v.questionId === questionId && v.round === round);
  const perQuestion = questions.map((q): TQuestionReport => {
    const first = of(q.id, 1);
    const second = of(q.id, 2);
    const shift = second.length > 0 ? compareRounds(first, second) : null;
    return {
      questionId: q.id,
      prompt: q.prompt,
      firstVotes: first.length,
      secondVotes: second.length,
      shift,
      firstShare: compareRounds(first, []).firstShare,
    };
  });
  const byKey = new Map(votes.map((v) => [`${v.studentId}|${v.questionId}|${v.round}`, v.correct]));
  const perStudent = [...students]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((s): TStudentReport => {
      const answers = questions.map((q) => ({
        questionId: q.id,
        first: byKey.get(`${s.id}|${q.id}|1`) ?? null,
        second: byKey.get(`${s.id}|${q.id}|2`) ?? null,
      }));
      return {
        studentId: s.id,
        name: s.name,
        answers,
        correctFinal: answers.filter((a) => (a.second ?? a.first) === true).length,
      };
    });
  return { questions: perQuestion, students: perStudent };
}

const mark = (v: boolean | null): string => (v === null ? '' : v ? 'right' : 'wrong');
const percent = (share: number): number => Math.round(share * 100);

/** One row per student × question: first vote, second vote; then one summary row per question. */
export function liveReportCsv(report: TLiveReport): string {
  const prompts = new Map(report.questions.map((q) => [q.questionId, q.prompt]));
  const rows = report.students.flatMap((s) =>
    s.answers.map((a) => [
      s.name,
      a.questionId,
      prompts.get(a.questionId) ?? '',
      mark(a.first),
      mark(a.second),
    ]),
  );
  const summary = report.questions.map((q) => [
    '(class)',
    q.questionId,
    q.prompt,
    `${percent(q.shift?.firstShare ?? q.firstShare)}% right of ${q.firstVotes}`,
    q.shift
      ? `${percent(q.shift.secondShare)}% right of ${q.secondVotes}; ${q.shift.movedToRight} moved to right`
      : '',
  ]);
  return toCsv(['student', 'question id', 'question', 'first vote', 'second vote'], [...rows, ...summary]);
}
