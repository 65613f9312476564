import { describe, expect, it } from 'vitest';
import type { StudentRow } from '@/lib/analytics/rows';
import { ASSIGNMENT_CSV_HEADERS, assignmentCsvRows, type QuestionText } from '@/lib/export/assignment-csv';
import { toCsv } from '@/lib/export/csv';
import { attempt, response } from '../analytics/row-builders';

const students: StudentRow[] = [
  { studentId: 's1', displayName: 'Олена Коваленко', username: 'olena.k' },
  { studentId: 's2', displayName: 'Sam Taylor', username: null },
  { studentId: 's3', displayName: 'Ірина', username: 'iryna' },
];

const questions: QuestionText[] = [
  {
    questionId: 'q-art5',
    prompt: 'Which article of the North Atlantic Treaty sets out collective defence?',
    optionTexts: { art5: 'Article 5', art10: 'Article 10', art4: 'Article 4' },
    correctAnswer: 'Article 5',
  },
  {
    questionId: 'q-plan',
    prompt: 'Zelenskyy, “victory plan”: did it ask for an invitation? (as of October 2024)',
    optionTexts: { true: 'True', false: 'False' },
  },
  {
    questionId: 'q-share',
    prompt: 'Roughly what share of Ukraine is held by Russia?',
    correctAnswer: '20 %',
  },
];

const attempts = [
  attempt({ attemptId: 't1', studentId: 's1', score: 0.5, submittedAt: '2024-10-14T10:00:00Z' }),
  attempt({ attemptId: 't2', studentId: 's1', score: 1, submittedAt: '2024-10-15T10:00:00Z' }), // best
  attempt({ attemptId: 't3', studentId: 's1', score: 0 }), // in progress: never exported
  attempt({ attemptId: 't4', studentId: 's2', score: 0.5, submittedAt: '2024-10-15T11:00:00Z' }),
  attempt({
    attemptId: 't5',
    studentId: 's3',
    assignmentId: 'quiz-other',
    score: 1,
    submittedAt: '2024-10-15T11:00:00Z',
  }),
];

const responses = [
  response({ studentId: 's1', attemptId: 't1', questionId: 'q-art5', optionIds: ['art10'] }),
  response({
    studentId: 's1',
    attemptId: 't2',
    questionId: 'q-art5',
    optionIds: ['art5'],
    correct: true,
    score: 1,
    confidence: 'sure',
    answeredAt: '2024-10-15T09:58:00Z',
    timeSpentMs: 29_600,
  }),
  response({
    studentId: 's1',
    attemptId: 't2',
    questionId: 'q-plan',
    optionIds: ['true'],
    correct: true,
    score: 1,
    confidence: 'not-sure',
    answeredAt: '2024-10-15T09:59:00Z',
    timeSpentMs: 1_400,
  }),
  response({
    studentId: 's1',
    attemptId: 't2',
    questionId: 'q-share',
    answerText: '20 %',
    correct: true,
    score: 1,
    answeredAt: '2024-10-15T10:00:00Z',
  }),
  response({
    studentId: 's2',
    attemptId: 't4',
    questionId: 'q-art5',
    optionIds: ['art4', 'gone'],
    score: 1 / 3,
    confidence: null,
    answeredAt: '2024-10-15T10:59:00Z',
    timeSpentMs: null,
  }),
  response({ studentId: 's3', attemptId: 't5', questionId: 'q-art5', optionIds: ['art5'], score: 1 }),
];

describe('assignmentCsvRows', () => {
  const table = assignmentCsvRows({ assignmentId: 'quiz-1', students, questions, attempts, responses });

  it('writes one row per student × question from the best submitted attempt', () => {
    expect(table.headers).toEqual(ASSIGNMENT_CSV_HEADERS);
    expect(table.rows).toEqual([
      // s1: best attempt t2 (score 1); 29.6 s → 30, 1.4 s → 1; answerText used for the numeric answer
      [
        'Олена Коваленко',
        'olena.k',
        'q-art5',
        questions[0]?.prompt,
        'Article 5',
        'Article 5',
        'yes',
        1,
        'sure',
        '2024-10-15T09:58:00Z',
        30,
      ],
      [
        'Олена Коваленко',
        'olena.k',
        'q-plan',
        questions[1]?.prompt,
        'True',
        null,
        'yes',
        1,
        'not sure',
        '2024-10-15T09:59:00Z',
        1,
      ],
      [
        'Олена Коваленко',
        'olena.k',
        'q-share',
        questions[2]?.prompt,
        '20 %',
        '20 %',
        'yes',
        1,
        null,
        '2024-10-15T10:00:00Z',
        null,
      ],
      // s2: t4; "gone" has no text any more and is shown as its id; 1/3 → 0.33; q-plan, q-share unanswered
      [
        'Sam Taylor',
        null,
        'q-art5',
        questions[0]?.prompt,
        'Article 4; gone',
        'Article 5',
        'no',
        0.33,
        null,
        '2024-10-15T10:59:00Z',
        null,
      ],
      // Skipped in a submitted attempt: said in words, scored 0.
      [
        'Sam Taylor',
        null,
        'q-plan',
        questions[1]?.prompt,
        'not answered',
        null,
        'no',
        0,
        null,
        undefined,
        null,
      ],
      [
        'Sam Taylor',
        null,
        'q-share',
        questions[2]?.prompt,
        'not answered',
        '20 %',
        'no',
        0,
        null,
        undefined,
        null,
      ],
      // s3: only an attempt on another assignment → nothing to mark yet, empty answers
      [
        'Ірина',
        'iryna',
        'q-art5',
        questions[0]?.prompt,
        null,
        'Article 5',
        null,
        null,
        null,
        undefined,
        null,
      ],
      ['Ірина', 'iryna', 'q-plan', questions[1]?.prompt, null, null, null, null, null, undefined, null],
      ['Ірина', 'iryna', 'q-share', questions[2]?.prompt, null, '20 %', null, null, null, undefined, null],
    ]);
  });

  it('renders to CSV with the curly-quoted, comma-bearing prompt quoted', () => {
    const lines = toCsv(table.headers, table.rows).split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFStudent name,Username,Question id,Prompt,Response,Correct answer,Correct,Score (0-1),Confidence,Answered at,Time taken (s)',
    );
    expect(lines[2]).toBe(
      'Олена Коваленко,olena.k,q-plan,"Zelenskyy, “victory plan”: did it ask for an invitation? (as of October 2024)",True,,yes,1,not sure,2024-10-15T09:59:00Z,1',
    );
    expect(lines[5]).toBe(
      'Sam Taylor,,q-plan,"Zelenskyy, “victory plan”: did it ask for an invitation? (as of October 2024)",not answered,,no,0,,,',
    );
  });
});
