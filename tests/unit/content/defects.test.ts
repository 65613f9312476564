import { describe, expect, it } from 'vitest';
import {
  BRIEFING_PATH,
  editQuiz,
  editText,
  problemLines,
  QUIZ_PATH,
  validTree,
  VALID_FIXTURE_DIR,
} from './fixture-tree';

/** One defect per test, each rejected with a message that names the file and the item. */
describe('content validation rejects defects', () => {
  it('accepts the valid fixture', () => {
    expect(problemLines(validTree())).toEqual([]);
  });

  it('rejects a duplicate option', () => {
    const tree = editQuiz(validTree(), (qs) => {
      const options = qs[0]?.options ?? [];
      options[2] = { ...options[2], text: options[1]?.text };
    });
    expect(problemLines(tree)).toEqual([`${QUIZ_PATH}: fx-q01: options must be unique`]);
  });

  it('rejects a citation of a missing source', () => {
    const tree = editQuiz(validTree(), (qs) => {
      qs[1]!.sources = ['missing-report#p1'];
    });
    expect(problemLines(tree)).toEqual([
      `${QUIZ_PATH}: fx-q02: unknown source "missing-report" (cited as "missing-report#p1")`,
    ]);
  });

  it('rejects a dangling source locator', () => {
    const tree = editQuiz(validTree(), (qs) => {
      qs[2]!.sources = ['article#p9'];
    });
    expect(problemLines(tree)).toEqual([
      `${QUIZ_PATH}: fx-q03: source "article" has no locator "p9" (cited as "article#p9")`,
    ]);
  });

  it('rejects a single-choice question with the wrong number of correct options', () => {
    const tree = editQuiz(validTree(), (qs) => {
      const other = qs[0]?.options?.[2];
      if (other) Object.assign(other, { correct: true });
    });
    expect(problemLines(tree)).toEqual([
      `${QUIZ_PATH}: fx-q01: single choice needs exactly one correct option, found 2`,
    ]);
  });

  it('rejects a copied article sentence, whatever its case, quotes or line breaks', () => {
    const copied =
      'NATO DIPLOMATS stress that Ukraine’s borders must be\n  clearly demarcated before any membership discussions can advance.';
    const tree = editText(validTree(), BRIEFING_PATH, (text) => `${text}\n${copied} [@article#p3]\n`);
    const problems = problemLines(tree);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      new RegExp(`^${BRIEFING_PATH}: line \\d+: copies 8 or more consecutive words of the source article`),
    );
  });

  it('rejects a copied passage inside any YAML file, not only briefings', () => {
    const path = `${VALID_FIXTURE_DIR}/glossary/consensus.yaml`;
    const tree = editText(validTree(), path, (text) =>
      text.replace(
        'Agreement of every member',
        'Per the report, "NATO has not shown any indication that it will invite Ukraine." Agreement of every member',
      ),
    );
    expect(problemLines(tree)).toEqual([
      expect.stringMatching(new RegExp(`^${path}: line 3: copies 8 or more consecutive words`)),
    ]);
  });

  it('rejects a briefing link to a glossary term that does not exist', () => {
    const tree = editText(validTree(), BRIEFING_PATH, (text) =>
      text.replace('[[article-5]]', '[[article-55]]'),
    );
    expect(problemLines(tree)).toEqual([
      `${BRIEFING_PATH}: line 3: glossary link [[article-55]] names no glossary term`,
    ]);
  });

  it('rejects a briefing citation of a source that does not exist', () => {
    const tree = editText(validTree(), BRIEFING_PATH, (text) =>
      text.replace('[@article#p2]', '[@missing-report#p1]'),
    );
    expect(problemLines(tree)).toEqual([
      `${BRIEFING_PATH}: line 5: unknown source "missing-report" (cited as "missing-report#p1")`,
    ]);
  });

  it('rejects a distractor tagged with an unknown misconception', () => {
    const tree = editQuiz(validTree(), (qs) => {
      const wrong = qs[0]?.options?.[2];
      if (wrong) wrong.misconception = 'no-such-belief';
    });
    expect(problemLines(tree)).toEqual([`${QUIZ_PATH}: fx-q01: unknown misconception "no-such-belief"`]);
  });

  it('rejects a briefing that is too short', () => {
    const tree = editText(
      validTree(),
      BRIEFING_PATH,
      () => 'A short briefing about [[article-5]]. [@article#p1]\n',
    );
    expect(problemLines(tree)).toEqual([`${BRIEFING_PATH}: sample: briefing has 6 words; write 300-700`]);
  });

  it('rejects an as-of date after October 2024 unless marked as later background', () => {
    const late = editQuiz(validTree(), (qs) => {
      qs[3]!.asOf = '2024-11';
    });
    expect(problemLines(late)).toEqual([
      `${QUIZ_PATH}: fx-q04: as-of 2024-11 is after 2024-10; set laterBackground: true if this is later background`,
    ]);
    const flagged = editQuiz(validTree(), (qs) => {
      Object.assign(qs[3]!, { asOf: '2024-11', laterBackground: true });
    });
    expect(problemLines(flagged)).toEqual([]);
  });
});

describe('content validation, further teaching rules', () => {
  it('reports every problem in one run rather than stopping at the first', () => {
    let tree = editQuiz(validTree(), (qs) => {
      qs[1]!.sources = ['missing-report#p1'];
      qs[2]!.sources = ['article#p9'];
    });
    tree = editText(tree, BRIEFING_PATH, (text) => text.replace('[[article-5]]', '[[article-55]]'));
    expect(problemLines(tree)).toHaveLength(3);
  });

  it('rejects a module with fewer than 12 questions', () => {
    const tree = editQuiz(validTree(), (qs) => {
      qs.pop();
    });
    expect(problemLines(tree)).toEqual([
      `${QUIZ_PATH}: sample: a module needs at least 12 questions, found 11`,
    ]);
  });

  it('rejects a misconception that no distractor references', () => {
    const tree = editQuiz(validTree(), (qs) => {
      for (const q of qs) {
        delete q.misconception;
        for (const o of q.options ?? []) delete o.misconception;
      }
    });
    expect(problemLines(tree)).toEqual([
      `${VALID_FIXTURE_DIR}/misconceptions/automatic-troops.yaml: automatic-troops: no distractor in any quiz references this misconception`,
    ]);
  });

  it('rejects a misconception tag on a correct option', () => {
    const tree = editQuiz(validTree(), (qs) => {
      const right = qs[0]?.options?.[0];
      if (right) right.misconception = 'automatic-troops';
    });
    expect(problemLines(tree)).toContain(
      `${QUIZ_PATH}: fx-q01: correct option "right" must not carry a misconception tag`,
    );
  });

  it('rejects a distractor without feedback', () => {
    const tree = editQuiz(validTree(), (qs) => {
      delete qs[0]?.options?.[2]?.feedback;
    });
    expect(problemLines(tree)).toContain(`${QUIZ_PATH}: fx-q01: distractor "other" has no feedback`);
  });

  it('rejects question ids repeated within or across modules', () => {
    const tree = editQuiz(validTree(), (qs) => {
      qs[1]!.id = 'fx-q01';
    });
    expect(problemLines(tree)).toEqual([
      `${QUIZ_PATH}: fx-q01: duplicate question id (also in ${QUIZ_PATH})`,
    ]);
  });

  it('rejects a question on an unknown topic or linking an unknown term', () => {
    const tree = editQuiz(validTree(), (qs) => {
      qs[4]!.topic = 'no-such-topic';
      qs[4]!.terms = ['no-such-term'];
    });
    expect(problemLines(tree)).toEqual([
      `${QUIZ_PATH}: fx-q05: unknown topic "no-such-topic"`,
      `${QUIZ_PATH}: fx-q05: term "no-such-term" names no glossary term`,
    ]);
  });

  it('rejects a briefing paragraph without a citation', () => {
    const tree = editText(
      validTree(),
      BRIEFING_PATH,
      (text) => `${text}\nAn unsourced claim about the treaty.\n`,
    );
    expect(problemLines(tree)).toEqual([
      expect.stringMatching(
        new RegExp(`^${BRIEFING_PATH}: line \\d+: this paragraph makes claims without a citation`),
      ),
    ]);
  });

  it('rejects Markdown the reading page would not render', () => {
    const tree = editText(validTree(), BRIEFING_PATH, (text) =>
      text.replace('Paragraph 1', 'Paragraph **one**'),
    );
    expect(problemLines(tree)).toEqual([
      `${BRIEFING_PATH}: line 3: emphasis markers (* or _) are not rendered; write plain text`,
    ]);
  });

  it('rejects an entity file whose name does not match its id', () => {
    const path = `${VALID_FIXTURE_DIR}/glossary/consensus.yaml`;
    const tree = editText(validTree(), path, (text) => text.replace('id: consensus', 'id: unanimity'));
    const problems = problemLines(tree);
    expect(problems).toContain(`${path}: unanimity: file must be named unanimity.yaml`);
  });

  it('reports YAML syntax errors with the file name', () => {
    const tree = editText(validTree(), QUIZ_PATH, (text) => `${text}\n  - broken: [unclosed\n`);
    expect(problemLines(tree)).toContainEqual(
      expect.stringMatching(new RegExp(`^${QUIZ_PATH}: -: YAML syntax: `)),
    );
  });

  it('rejects a glossary definition longer than three sentences', () => {
    const path = `${VALID_FIXTURE_DIR}/glossary/consensus.yaml`;
    const tree = editText(validTree(), path, (text) =>
      text.replace('hold up a decision.', 'hold up a decision. One. Two. Three.'),
    );
    expect(problemLines(tree)).toEqual([`${path}: consensus: definition: definition must be 1-3 sentences`]);
  });
});
