import type { TQuestion } from '@/lib/content/question-schema';

type TLabelled = { id: string; text: string };

/** The right answer in a form the results screen can show directly. */
export type TCorrectAnswer =
  | { type: 'single'; option: TLabelled }
  | { type: 'multi'; options: TLabelled[] }
  | { type: 'true-false'; value: boolean }
  | { type: 'ordering'; items: TLabelled[] }
  | { type: 'matching'; pairs: { left: TLabelled; right: TLabelled }[] }
  | { type: 'numeric'; value: number; tolerance: number; unit: string; text: string };

const labelled = ({ id, text }: TLabelled): TLabelled => ({ id, text });

export function correctAnswerOf(question: TQuestion): TCorrectAnswer {
  switch (question.type) {
    case 'single': {
      const option = question.options.find((o) => o.correct);
      // Validated content always has one; reaching this means unvalidated content slipped through.
      if (!option) throw new Error(`single-choice question "${question.id}" has no correct option`);
      return { type: 'single', option: labelled(option) };
    }
    case 'multi':
      return { type: 'multi', options: question.options.filter((o) => o.correct).map(labelled) };
    case 'true-false':
      return { type: 'true-false', value: question.answer };
    case 'ordering':
      return { type: 'ordering', items: question.items.map(labelled) };
    case 'matching':
      return {
        type: 'matching',
        pairs: question.pairs.map((p) => ({ left: labelled(p.left), right: labelled(p.right) })),
      };
    case 'numeric': {
      const { answer, tolerance, unit } = question;
      const text = tolerance === 0 ? `${answer} ${unit}` : `${answer} ± ${tolerance} ${unit}`;
      return { type: 'numeric', value: answer, tolerance, unit, text };
    }
  }
}
