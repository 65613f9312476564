import { describe, expect, it } from 'vitest';
import { misconceptionHeatmaps, rankMisconceptions } from '@/lib/analytics/misconceptions';
import type { ResponseRow } from '@/lib/analytics/rows';
import type { TConfidence } from '@/lib/quiz/confidence';
import { response } from './row-builders';

const TROOPS = 'art5-automatic-troops';
const VETO = 'single-member-cannot-block';
const APPLY = 'application-means-membership';
const BORDERS = 'borders-are-settled';

function seen(studentId: string, questionId: string, ids: string[], confidence: TConfidence): ResponseRow {
  return response({ studentId, attemptId: `${studentId}-t1`, questionId, misconceptionIds: ids, confidence });
}

/**
 * Four students, one attempt each, all responses wrong:
 *   s1: q1 TROOPS sure · q2 TROOPS sure · q3 BORDERS (no confidence)
 *   s2: q1 TROOPS not-sure · q3 APPLY sure · q2 nothing revealed
 *   s3: q2 VETO sure · q3 APPLY not-sure
 *   s4: q1 APPLY not-sure · q2 BORDERS not-sure · q3 VETO sure (tag repeated: counts once)
 */
const responses: ResponseRow[] = [
  seen('s1', 'q1', [TROOPS], 'sure'),
  seen('s1', 'q2', [TROOPS], 'sure'),
  seen('s1', 'q3', [BORDERS], null),
  seen('s2', 'q1', [TROOPS], 'not-sure'),
  seen('s2', 'q2', [], 'sure'),
  seen('s2', 'q3', [APPLY], 'sure'),
  seen('s3', 'q2', [VETO], 'sure'),
  seen('s3', 'q3', [APPLY], 'not-sure'),
  seen('s4', 'q1', [APPLY], 'not-sure'),
  seen('s4', 'q2', [BORDERS], 'not-sure'),
  seen('s4', 'q3', [VETO, VETO], 'sure'),
];

describe('rankMisconceptions', () => {
  it('ranks by distinct students, then occurrences, then id', () => {
    // APPLY:   students s2,s3,s4 = 3, occurrences 3
    // TROOPS:  students s1,s2 = 2, occurrences 3 (s1 twice)
    // BORDERS: students s1,s4 = 2, occurrences 2  ┐ tie on both → id: "borders…" < "single…"
    // VETO:    students s3,s4 = 2, occurrences 2  ┘
    const ranked = rankMisconceptions(responses);
    expect(ranked.map((m) => [m.misconceptionId, m.studentCount, m.occurrences])).toEqual([
      [APPLY, 3, 3],
      [TROOPS, 2, 3],
      [BORDERS, 2, 2],
      [VETO, 2, 2],
    ]);
    expect(ranked[0]).toMatchObject({
      studentIds: ['s2', 's3', 's4'],
      questionIds: ['q1', 'q3'],
      confidentWrongStudentCount: 1,
      weightedStudents: 3,
      weightedOccurrences: 3,
    });
    expect(ranked[1]?.questionIds).toEqual(['q1', 'q2']);
  });

  it('weights confident-but-wrong students and responses', () => {
    // weight 2 (student counts 2 if sure & wrong at least once; response counts 2 if sure & wrong):
    // APPLY:   s2 sure → 2, s3 1, s4 1 → 4 students; responses 2+1+1 = 4
    // VETO:    s3 sure → 2, s4 sure → 2 → 4; responses 2+2 = 4   (ties APPLY; "application…" < "single…")
    // TROOPS:  s1 sure → 2, s2 1 → 3; responses 2+2+1 = 5
    // BORDERS: s1 (null) 1, s4 1 → 2; responses 2
    const ranked = rankMisconceptions(responses, { confidentWrongWeight: 2 });
    expect(ranked.map((m) => [m.misconceptionId, m.weightedStudents, m.weightedOccurrences])).toEqual([
      [APPLY, 4, 4],
      [VETO, 4, 4],
      [TROOPS, 3, 5],
      [BORDERS, 2, 2],
    ]);
    expect(ranked[1]?.confidentWrongStudentCount).toBe(2);
  });

  it('does not weight a sure answer that was correct', () => {
    const sureButRight = response({
      attemptId: 't',
      questionId: 'q',
      misconceptionIds: [BORDERS],
      confidence: 'sure',
      correct: true,
    });
    expect(rankMisconceptions([sureButRight], { confidentWrongWeight: 3 })[0]).toMatchObject({
      confidentWrongStudentCount: 0,
      weightedStudents: 1,
      weightedOccurrences: 1,
    });
  });

  it('rejects a weight below 1', () => {
    expect(() => rankMisconceptions(responses, { confidentWrongWeight: 0.5 })).toThrow(RangeError);
    expect(() => rankMisconceptions(responses, { confidentWrongWeight: Number.NaN })).toThrow(RangeError);
  });
});

describe('misconceptionHeatmaps', () => {
  const { byStudent, byQuestion } = misconceptionHeatmaps(responses, {
    studentIds: ['s1', 's2', 's3', 's4', 's5'],
    questionIds: ['q1', 'q2', 'q3'],
  });

  it('counts misconception × student, rows in ranking order, roster columns even when empty', () => {
    expect(byStudent.rowIds).toEqual([APPLY, TROOPS, BORDERS, VETO]);
    expect(byStudent.columnIds).toEqual(['s1', 's2', 's3', 's4', 's5']);
    expect(byStudent.counts).toEqual([
      // s1 s2 s3 s4 s5
      [0, 1, 1, 1, 0], // APPLY
      [2, 1, 0, 0, 0], // TROOPS
      [1, 0, 0, 1, 0], // BORDERS
      [0, 0, 1, 1, 0], // VETO (s4's repeated tag counts once)
    ]);
  });

  it('counts misconception × question', () => {
    expect(byQuestion.columnIds).toEqual(['q1', 'q2', 'q3']);
    expect(byQuestion.counts).toEqual([
      // q1 q2 q3
      [1, 0, 2], // APPLY: s4 q1; s2, s3 q3
      [2, 1, 0], // TROOPS: s1, s2 q1; s1 q2
      [0, 1, 1], // BORDERS: s4 q2; s1 q3
      [0, 1, 1], // VETO: s3 q2; s4 q3
    ]);
  });

  it('adds columns for students or questions outside the given order', () => {
    const { byStudent: partial } = misconceptionHeatmaps(responses, { studentIds: ['s4'] });
    expect(partial.columnIds).toEqual(['s4', 's1', 's2', 's3']);
    expect(partial.counts[0]).toEqual([1, 0, 1, 1]); // APPLY
  });
});
