import { ZQuestion, type TQuestion } from '@/lib/content/question-schema';

/**
 * Valid questions of every type for grader and feedback tests. Built through ZQuestion.parse so a
 * test can never pass on content the real schema would reject.
 */

const base = {
  explanation: 'Article 5 obliges each ally to assist, in the way it judges necessary, an ally under attack.',
  sources: ['north-atlantic-treaty#art5', 'seed-article#p4'],
  asOf: '2024-10',
  topic: 'article-5-borders',
  difficulty: 2,
  claimKind: 'fact',
  skill: 'mechanism',
} as const;

function parse<T extends TQuestion['type']>(type: T, raw: object): Extract<TQuestion, { type: T }> {
  const q = ZQuestion.parse({ ...base, type, ...raw });
  if (q.type !== type) throw new Error('fixture type mismatch');
  return q as Extract<TQuestion, { type: T }>;
}

export const singleQ = parse('single', {
  id: 'collective-defence-article',
  prompt: 'Which treaty article makes an attack on one ally an attack on all?',
  options: [
    { id: 'art5', text: 'Article 5', correct: true, feedback: 'Yes: this is the collective-defence clause.' },
    {
      id: 'art10',
      text: 'Article 10',
      feedback: 'Article 10 is about inviting new members, not defending them.',
      misconception: 'article-10-is-defence',
    },
    {
      id: 'art4',
      text: 'Article 4',
      feedback: 'Article 4 provides for consultation when an ally feels threatened.',
    },
  ],
});

/** Three correct options, two distractors. */
export const multiQ = parse('multi', {
  id: 'membership-obstacles',
  prompt: 'Which of these did allies treat as obstacles to inviting Ukraine in October 2024?',
  topic: 'obstacles',
  options: [
    { id: 'borders', text: 'A war without settled borders', correct: true },
    { id: 'escalation', text: 'Fear of escalation with a nuclear-armed Russia', correct: true },
    { id: 'unanimity', text: 'Every ally must agree', correct: true },
    {
      id: 'treaty-ban',
      text: 'The treaty bans any country at war from joining',
      feedback: 'No article says this; the concern is what Article 5 would then oblige.',
      misconception: 'treaty-bans-war',
    },
    {
      id: 'eu-first',
      text: 'Ukraine must join the EU first',
      feedback: 'EU membership is a separate process and not a NATO condition.',
      misconception: 'eu-before-nato',
    },
  ],
});

/** Three correct options and a single distractor: where "(right − wrong) / correct" would pay 2/3 for ticking everything. */
export const multiOneDistractorQ = parse('multi', {
  id: 'accession-steps',
  prompt: 'Which of these are part of how a country joins the alliance?',
  options: [
    { id: 'invitation', text: 'An invitation agreed by all allies', correct: true },
    { id: 'protocol', text: 'An accession protocol', correct: true },
    { id: 'ratification', text: 'Ratification by every ally', correct: true },
    { id: 'majority', text: 'A two-thirds vote of allies', feedback: 'Decisions need every ally to agree.' },
  ],
});

export const trueFalseQ = parse('true-false', {
  id: 'single-ally-can-block',
  prompt: 'A single ally can stop a new member from being invited.',
  topic: 'unanimity',
  answer: true,
  wrongFeedback: 'Invitations need unanimous agreement, so one ally is enough to block.',
  misconception: 'single-member-cannot-block',
});

/** Items listed in the correct order. */
export const orderingQ = parse('ordering', {
  id: 'membership-timeline',
  prompt: 'Put these events in the order they happened.',
  topic: 'timeline',
  items: [
    { id: 'bucharest', text: 'Bucharest summit promise' },
    { id: 'application', text: 'Ukraine applies for accelerated accession' },
    { id: 'finland', text: 'Finland joins' },
    { id: 'sweden', text: 'Sweden joins' },
  ],
  misconception: 'accession-follows-application',
});

export const matchingQ = parse('matching', {
  id: 'treaty-articles',
  prompt: 'Match each term with what it does.',
  topic: 'treaty',
  pairs: [
    {
      left: { id: 'art-5', text: 'Article 5' },
      right: { id: 'collective-defence', text: 'Collective defence' },
      misconception: 'article-5-automatic-troops',
    },
    {
      left: { id: 'art-10', text: 'Article 10' },
      right: { id: 'invitation', text: 'Inviting new members' },
      misconception: 'article-10-is-defence',
    },
    {
      left: { id: 'bucharest-2008', text: 'Bucharest 2008' },
      right: { id: 'future-member', text: 'Promise of eventual membership' },
    },
    {
      left: { id: 'map', text: 'Membership Action Plan' },
      right: { id: 'reform-programme', text: 'Programme of reforms before joining' },
    },
  ],
});

export const numericQ = parse('numeric', {
  id: 'occupied-share',
  prompt: "Roughly what share of Ukraine's territory did Russia hold in October 2024?",
  topic: 'territory',
  answer: 20,
  tolerance: 2,
  unit: '%',
  commonErrors: [
    {
      value: 7,
      feedback: 'That was roughly the share held before February 2022.',
      misconception: 'pre-2022-front',
    },
    { value: 50, feedback: 'Far less than half of the country was held.' },
  ],
  wrongFeedback: 'About a fifth of the territory was held.',
});

/** Tolerance with a decimal edge, where float rounding would otherwise bite. */
export const numericDecimalQ = parse('numeric', {
  id: 'decimal-edge',
  prompt: 'A made-up measure with a decimal tolerance for edge tests.',
  answer: 20,
  tolerance: 0.1,
  unit: 'units',
  wrongFeedback: 'Not within a tenth of the answer.',
});

export const numericExactQ = parse('numeric', {
  id: 'member-count',
  prompt: 'How many members did the alliance have in October 2024?',
  answer: 32,
  tolerance: 0,
  unit: 'members',
  commonErrors: [
    {
      value: 30,
      feedback: 'That was the count before Finland and Sweden joined.',
      misconception: 'pre-2023-membership',
    },
  ],
  wrongFeedback: 'Count the 2023 and 2024 accessions too.',
});

export const allQuestions: TQuestion[] = [singleQ, multiQ, trueFalseQ, orderingQ, matchingQ, numericQ];
