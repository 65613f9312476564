import { describe, expect, it } from 'vitest';
import type { TPublicQuestion } from '@/lib/content/public-question';
import {
  compareRounds,
  mostCommonMisconception,
  summariseRound,
  type TLiveVoteRow,
} from '@/lib/live/distribution';
import { buildLiveReport, liveReportCsv } from '@/lib/live/report';
import { suggestNextMove } from '@/lib/live/suggestion';

const single: TPublicQuestion = {
  id: 'q1',
  type: 'single',
  prompt: 'Which article?',
  topic: 't',
  difficulty: 1,
  terms: [],
  options: [
    { id: 'x', text: 'Article 5' },
    { id: 'y', text: 'Article 10' },
  ],
};
const vote = (
  studentId: string,
  optionId: string,
  correct: boolean,
  sure: boolean | null = null,
): TLiveVoteRow => ({
  studentId,
  response: { type: 'single', optionId },
  correct,
  score: correct ? 1 : 0,
  confidence: sure === null ? null : sure ? 'sure' : 'not-sure',
});

describe('live summaries', () => {
  it('counts each option and the confident / not sure split', () => {
    const s = summariseRound(single, [
      vote('a', 'x', false, true),
      vote('b', 'y', true, false),
      vote('c', 'y', true),
    ]);
    expect(s.bars).toEqual([
      { id: 'x', label: 'Article 5', count: 1 },
      { id: 'y', label: 'Article 10', count: 2 },
    ]);
    expect(s.shareCorrect).toBeCloseTo(2 / 3);
    expect(s.confidence).toEqual({
      sure: { right: 0, wrong: 1 },
      notSure: { right: 1, wrong: 0 },
      unsaid: 1,
    });
  });

  it('counts students who moved to the right answer between votes', () => {
    const shift = compareRounds(
      [vote('a', 'x', false), vote('b', 'x', false), vote('c', 'y', true)],
      [vote('a', 'y', true), vote('b', 'x', false), vote('c', 'x', false)],
    );
    expect(shift).toMatchObject({ movedToRight: 1, movedToWrong: 1 });
    expect(shift.firstShare).toBeCloseTo(1 / 3);
  });

  it('suggests reteach, discuss or move on at about 35% and 70%', () => {
    expect(suggestNextMove(0.2)).toBe('reteach');
    expect(suggestNextMove(0.5)).toBe('discuss');
    expect(suggestNextMove(0.85)).toBe('move-on');
  });

  it('names the most common misconception among wrong answers', () => {
    expect(mostCommonMisconception([['m1'], ['m2', 'm1'], ['m2'], ['m2']])).toBe('m2');
    expect(mostCommonMisconception([])).toBeNull();
  });

  it('reports per question and per student, and as CSV', () => {
    const report = buildLiveReport(
      [{ id: 'q1', prompt: 'Which article?' }],
      [
        { id: 'a', name: 'Ann' },
        { id: 'b', name: 'Ben' },
      ],
      [
        { studentId: 'a', questionId: 'q1', round: 1, correct: false },
        { studentId: 'a', questionId: 'q1', round: 2, correct: true },
        { studentId: 'b', questionId: 'q1', round: 1, correct: true },
      ],
    );
    expect(report.questions[0]!.shift).toMatchObject({ movedToRight: 1 });
    expect(report.students.map((s) => [s.name, s.correctFinal])).toEqual([
      ['Ann', 1],
      ['Ben', 1],
    ]);
    const csv = liveReportCsv(report);
    expect(csv).toContain('Ann,q1,Which article?,wrong,right');
    expect(csv).toContain('(class),q1,Which article?,50% right of 2,100% right of 1; 1 moved to right');
  });
});
