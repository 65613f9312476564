import { describe, expect, it } from 'vitest';
import { keyIsLongest, oneSidedCueWords, trueShare } from '@/lib/content/bank-measures';
import { difficultyMismatches } from '@/lib/content/facility';
import { findNearDuplicates } from '@/lib/content/near-duplicates';
import { ZQuestion, type TQuestion } from '@/lib/content/question-schema';
import { editQuiz, problemLines, QUIZ_PATH, validTree } from './fixture-tree';

const base = {
  explanation: 'An explanation long enough to pass.',
  sources: ['article#p1'],
  asOf: '2024-10',
  topic: 'membership-path',
  difficulty: 2,
  claimKind: 'fact',
  skill: 'recall',
  terms: [],
};

type TSingle = Extract<TQuestion, { type: 'single' }>;

function single(id: string, key: string, others: string[], extra: Record<string, unknown> = {}): TSingle {
  return ZQuestion.parse({
    ...base,
    ...extra,
    id,
    type: 'single',
    prompt: `Question ${id} about the alliance?`,
    options: [
      { id: 'key', text: key, correct: true },
      ...others.map((text, i) => ({ id: `d${i}`, text, feedback: 'Not this one.' })),
    ],
  }) as TSingle;
}

function statement(id: string, prompt: string, answer: boolean): TQuestion {
  return ZQuestion.parse({ ...base, id, type: 'true-false', prompt, answer, wrongFeedback: 'Look again.' });
}

/** The fixture quiz plus `count` single-choice items, of which `longest` key their longest option. */
function withSingles(count: number, longest: number) {
  return editQuiz(validTree(), (qs) => {
    for (let i = 1; i <= count; i++)
      qs.push({
        ...base,
        id: `fx-len-${i}`,
        type: 'single',
        prompt: `Length question ${i} asks something answerable?`,
        options: [
          { id: 'key', text: i <= longest ? 'The keyed answer, longer than the rest' : 'Key', correct: true },
          { id: 'd1', text: 'A distractor', feedback: 'No.' },
          { id: 'd2', text: 'Another one', feedback: 'No.' },
        ],
      });
  });
}

/** The fixture quiz plus true/false statements. */
function withStatements(statements: [string, boolean][]) {
  return editQuiz(validTree(), (qs) => {
    statements.forEach(([prompt, answer], i) =>
      qs.push({
        ...base,
        id: `fx-tf-${i}`,
        type: 'true-false',
        prompt,
        answer,
        wrongFeedback: 'Look again.',
      }),
    );
  });
}

describe('answer-length cue', () => {
  it('counts a key only when it is strictly the longest option', () => {
    expect(keyIsLongest(single('a', 'a long keyed answer', ['short', 'shorter']))).toBe(true);
    expect(keyIsLongest(single('b', 'same length', ['same-length']))).toBe(false);
    expect(keyIsLongest(single('c', 'short', ['a much longer distractor']))).toBe(false);
  });

  it('content:check rejects a module, and the bank, where the key is the longest in more than 30%', () => {
    const lines = problemLines(withSingles(5, 3));
    expect(lines.some((l) => l.startsWith(`${QUIZ_PATH}: sample: the keyed option is the longest in`))).toBe(
      true,
    );
    expect(
      lines.some((l) => l.startsWith('content/modules: question bank: the keyed option is the longest')),
    ).toBe(true);
  });

  it('accepts the same bank when the longest option is keyed at most 30% of the time', () => {
    expect(problemLines(withSingles(5, 0)).filter((l) => l.includes('longest'))).toEqual([]);
  });
});

describe('true/false balance and cue words', () => {
  it('measures the share of statements keyed true', () => {
    expect(
      trueShare([statement('a', 'One statement.', true), statement('b', 'Two statements.', false)]),
    ).toEqual({
      count: 1,
      of: 2,
      share: 0.5,
    });
  });

  it('flags a cue word used only in false statements, not one used on both sides', () => {
    const bank = [
      statement('a', 'Article 5 never applies outside Europe.', false),
      statement('b', 'Each ally decides what action to take.', true),
      statement('c', 'Every ally must agree to an invitation.', true),
      statement('d', 'Every ally must send troops.', false),
    ];
    expect(oneSidedCueWords(bank).map((u) => u.word)).toEqual(['never']);
  });

  it('content:check rejects a bank with too few true statements and a one-sided cue word', () => {
    const lines = problemLines(
      withStatements([
        ['An invitation is automatically membership.', false],
        ['A promise is protection.', false],
        ['An application is protection.', false],
        ['NATO had 32 members in October 2024.', true],
      ]),
    );
    // Fixture statements fx-q03 and fx-q09 are false too: 1 of 6 is true.
    expect(lines).toContain(
      'content/modules: question bank: 1 of 6 true/false statements are true (17%; keep between 40% and 60%)',
    );
    expect(lines).toContain(
      'content/modules: question bank: cue word "automatically" appears only in false statements (fx-tf-0)',
    );
  });
});

describe('near-duplicates across modules', () => {
  const a = single('lr-a', 'Every ally must agree', ['A majority'], {
    prompt: 'How do allies decide to invite a new member?',
  });
  const b = single('pol-b', 'Every ally must agree', ['Two thirds'], {
    prompt: 'How do the allies decide to invite a new member?',
  });
  const c = single('pol-c', 'Fear of a wider war', ['No reason'], {
    prompt: 'Why were some allies cautious in October 2024?',
  });

  it('finds a pair in different modules that tests the same point in the same words', () => {
    const pairs = findNearDuplicates([
      { moduleId: 'long-road', question: a },
      { moduleId: 'allied-politics', question: b },
      { moduleId: 'allied-politics', question: c },
    ]);
    expect(pairs.map((p) => [p.a, p.b, p.linked])).toEqual([['lr-a', 'pol-b', false]]);
  });

  it('ignores the same pair inside one module and marks a pair linked by repeats', () => {
    expect(
      findNearDuplicates([
        { moduleId: 'm', question: a },
        { moduleId: 'm', question: b },
      ]),
    ).toEqual([]);
    const linked = findNearDuplicates([
      { moduleId: 'long-road', question: a },
      { moduleId: 'allied-politics', question: { ...b, repeats: ['lr-a'] } },
    ]);
    expect(linked.map((p) => p.linked)).toEqual([true]);
  });

  it('content:check rejects a repeats link to a question that does not exist', () => {
    const tree = editQuiz(validTree(), (qs) => {
      qs[0]!.repeats = ['no-such-question'];
    });
    expect(problemLines(tree)).toEqual([
      `${QUIZ_PATH}: fx-q01: repeats "no-such-question", which is not a question`,
    ]);
  });
});

describe('difficulty against facility', () => {
  const hard = single('hard', 'Key', ['Other'], { difficulty: 3 });
  const easy = single('easy', 'Key', ['Other'], { difficulty: 1 });

  it('flags a hard item most answer correctly and an easy item most get wrong', () => {
    const tallies = new Map([
      ['hard', { answered: 100, correct: 90 }],
      ['easy', { answered: 100, correct: 20 }],
    ]);
    expect(difficultyMismatches([hard, easy], tallies).map((f) => [f.questionId, f.problem])).toEqual([
      ['hard', 'hard-but-easy'],
      ['easy', 'easy-but-hard'],
    ]);
  });

  it('leaves items alone within the limits or with too few answers', () => {
    const tallies = new Map([
      ['hard', { answered: 100, correct: 80 }],
      ['easy', { answered: 10, correct: 1 }],
    ]);
    expect(difficultyMismatches([hard, easy], tallies)).toEqual([]);
  });
});
