import type { TFeedbackView } from '@/lib/quiz/attempt-types';

const LABEL: Record<TFeedbackView['outcome'], { icon: string; text: string }> = {
  correct: { icon: '✓', text: 'Correct' },
  partial: { icon: '◐', text: 'Partly correct' },
  incorrect: { icon: '✗', text: 'Incorrect' },
};

/** The outcome in words with an icon; colour only repeats what the words say. */
export function OutcomeLabel({ outcome }: { outcome: TFeedbackView['outcome'] }) {
  const { icon, text } = LABEL[outcome];
  const colour = outcome === 'correct' ? 'text-good' : outcome === 'incorrect' ? 'text-bad' : '';
  return (
    <span className={`font-semibold ${colour}`}>
      <span aria-hidden="true">{icon} </span>
      {text}
    </span>
  );
}
