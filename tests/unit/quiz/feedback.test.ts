import { describe, expect, it } from 'vitest';
import type { TQuestion } from '@/lib/content/question-schema';
import { feedbackFor } from '@/lib/quiz/feedback';
import { gradeResponse } from '@/lib/quiz/grade';
import { ZResponse } from '@/lib/quiz/response-schema';
import {
  matchingQ,
  multiQ,
  numericExactQ,
  numericQ,
  orderingQ,
  singleQ,
  trueFalseQ,
} from './sample-questions';

/** Grades and builds feedback the way the submit action will: parse, grade, then feedback. */
function feedback(question: TQuestion, raw: unknown) {
  const grade = gradeResponse(question, raw);
  if (!grade.ok) throw new Error(`fixture response rejected: ${grade.error}`);
  return feedbackFor(question, ZResponse.parse(raw), grade);
}

describe('feedbackFor: what every feedback carries', () => {
  it('includes explanation, sources, as-of and the question id', () => {
    expect(feedback(singleQ, { type: 'single', optionId: 'art5' })).toMatchObject({
      questionId: 'collective-defence-article',
      explanation: singleQ.explanation,
      sources: ['north-atlantic-treaty#art5', 'seed-article#p4'],
      asOf: '2024-10',
    });
  });

  it('names the outcome from the score', () => {
    expect(
      feedback(multiQ, { type: 'multi', optionIds: ['borders', 'escalation', 'unanimity'] }).outcome,
    ).toBe('correct');
    expect(feedback(multiQ, { type: 'multi', optionIds: ['borders'] })).toMatchObject({
      outcome: 'partial',
      score: 1 / 3,
    });
    expect(feedback(multiQ, { type: 'multi', optionIds: ['eu-first'] })).toMatchObject({
      outcome: 'incorrect',
      score: 0,
    });
  });
});

describe('feedbackFor: single and multi choice', () => {
  it('shows the chosen distractor’s feedback and misconception, and the correct option', () => {
    expect(feedback(singleQ, { type: 'single', optionId: 'art10' })).toMatchObject({
      outcome: 'incorrect',
      notes: [
        {
          about: 'art10',
          text: 'Article 10 is about inviting new members, not defending them.',
          misconception: 'article-10-is-defence',
        },
      ],
      misconceptions: ['article-10-is-defence'],
      correctAnswer: { type: 'single', option: { id: 'art5', text: 'Article 5' } },
    });
  });

  it('never shows feedback for options the student did not choose', () => {
    const shown = JSON.stringify(feedback(singleQ, { type: 'single', optionId: 'art10' }));
    expect(shown).not.toContain('consultation'); // art4's feedback
    expect(shown).not.toContain('collective-defence clause'); // art5's feedback
  });

  it('shows a chosen correct option’s own feedback, without a misconception', () => {
    expect(feedback(singleQ, { type: 'single', optionId: 'art5' })).toMatchObject({
      outcome: 'correct',
      notes: [{ about: 'art5', text: 'Yes: this is the collective-defence clause.', misconception: null }],
      misconceptions: [],
    });
  });

  it('multi: one note per chosen distractor, in option order; correct options listed', () => {
    const f = feedback(multiQ, { type: 'multi', optionIds: ['eu-first', 'borders', 'treaty-ban'] });
    expect(f.notes.map((n) => n.about)).toEqual(['treaty-ban', 'eu-first']);
    expect(f.misconceptions).toEqual(['treaty-bans-war', 'eu-before-nato']);
    expect(f.correctAnswer).toEqual({
      type: 'multi',
      options: [
        { id: 'borders', text: 'A war without settled borders' },
        { id: 'escalation', text: 'Fear of escalation with a nuclear-armed Russia' },
        { id: 'unanimity', text: 'Every ally must agree' },
      ],
    });
  });

  it('multi: leaves out the feedback of a distractor that was not chosen', () => {
    const shown = JSON.stringify(feedback(multiQ, { type: 'multi', optionIds: ['borders', 'eu-first'] }));
    expect(shown).toContain('EU membership is a separate process');
    expect(shown).not.toContain('No article says this');
    expect(shown).not.toContain('treaty-bans-war');
  });
});

describe('feedbackFor: true/false, ordering, matching', () => {
  it('true/false wrong: the wrong-answer feedback and the question’s misconception', () => {
    expect(feedback(trueFalseQ, { type: 'true-false', value: false })).toMatchObject({
      outcome: 'incorrect',
      notes: [{ about: null, text: trueFalseQ.wrongFeedback, misconception: 'single-member-cannot-block' }],
      correctAnswer: { type: 'true-false', value: true },
    });
  });

  it('true/false right: no notes', () => {
    expect(feedback(trueFalseQ, { type: 'true-false', value: true }).notes).toEqual([]);
  });

  it('ordering not exact: the sequence misconception and the correct order', () => {
    const f = feedback(orderingQ, {
      type: 'ordering',
      itemIds: ['bucharest', 'finland', 'application', 'sweden'],
    });
    expect(f).toMatchObject({ outcome: 'partial', misconceptions: ['accession-follows-application'] });
    expect(f.correctAnswer).toMatchObject({ type: 'ordering' });
    expect(f.correctAnswer.type === 'ordering' && f.correctAnswer.items.map((i) => i.id)).toEqual([
      'bucharest',
      'application',
      'finland',
      'sweden',
    ]);
  });

  it('ordering exact: no misconception', () => {
    const f = feedback(orderingQ, {
      type: 'ordering',
      itemIds: ['bucharest', 'application', 'finland', 'sweden'],
    });
    expect(f.notes).toEqual([]);
  });

  it('matching: misconceptions of the wrongly matched lefts only, and every correct pair', () => {
    const f = feedback(matchingQ, {
      type: 'matching',
      matches: {
        'art-5': 'invitation',
        'art-10': 'collective-defence',
        'bucharest-2008': 'reform-programme',
        map: 'future-member',
      },
    });
    // bucharest-2008 and map are wrong too but carry no misconception.
    expect(f.notes).toEqual([
      { about: 'art-5', text: null, misconception: 'article-5-automatic-troops' },
      { about: 'art-10', text: null, misconception: 'article-10-is-defence' },
    ]);
    expect(f.correctAnswer.type === 'matching' && f.correctAnswer.pairs[0]).toEqual({
      left: { id: 'art-5', text: 'Article 5' },
      right: { id: 'collective-defence', text: 'Collective defence' },
    });
  });

  it('matching: a right pair reveals no misconception', () => {
    const f = feedback(matchingQ, {
      type: 'matching',
      matches: {
        'art-5': 'collective-defence',
        'art-10': 'invitation',
        'bucharest-2008': 'reform-programme',
        map: 'future-member',
      },
    });
    expect(f).toMatchObject({ outcome: 'partial', score: 0.5, notes: [], misconceptions: [] });
  });
});

describe('feedbackFor: numeric', () => {
  it('a common error: its feedback and misconception; the answer with tolerance and unit', () => {
    expect(feedback(numericQ, { type: 'numeric', value: 8 })).toMatchObject({
      notes: [
        {
          about: null,
          text: 'That was roughly the share held before February 2022.',
          misconception: 'pre-2022-front',
        },
      ],
      misconceptions: ['pre-2022-front'],
      correctAnswer: { type: 'numeric', value: 20, tolerance: 2, unit: '%', text: '20 ± 2 %' },
    });
  });

  it('a common error without a misconception: its feedback only', () => {
    expect(feedback(numericQ, { type: 'numeric', value: 50 })).toMatchObject({
      notes: [{ text: 'Far less than half of the country was held.', misconception: null }],
      misconceptions: [],
    });
  });

  it('any other wrong value: the general wrong-answer feedback', () => {
    expect(feedback(numericQ, { type: 'numeric', value: 35 }).notes).toEqual([
      { about: null, text: 'About a fifth of the territory was held.', misconception: null },
    ]);
  });

  it('right within tolerance: no notes; an exact answer shows without ±', () => {
    expect(feedback(numericQ, { type: 'numeric', value: 21 }).notes).toEqual([]);
    expect(feedback(numericExactQ, { type: 'numeric', value: 32 }).correctAnswer).toMatchObject({
      text: '32 members',
    });
  });
});

describe('feedbackFor: misuse', () => {
  it('throws when given a response of another type than the question', () => {
    const grade = gradeResponse(singleQ, { type: 'single', optionId: 'art5' });
    if (!grade.ok) throw new Error('fixture');
    expect(() => feedbackFor(trueFalseQ, { type: 'single', optionId: 'art5' }, grade)).toThrow(TypeError);
  });
});
