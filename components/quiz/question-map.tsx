import { BusyButton } from '@/components/ui/busy-button';

type Props = {
  total: number;
  current: number;
  answered: readonly boolean[];
  busy: boolean;
  onJump: (index: number) => void;
};

/**
 * Jump to any question. Answered ones carry a tick and say so to screen readers (not colour alone).
 * It comes after the question, so the question is on the first screen of a phone and the first
 * Tab stops of the page are the answer's, not eighteen map buttons.
 */
export function QuestionMap({ total, current, answered, busy, onJump }: Props) {
  return (
    <nav aria-label="Question map">
      <h2 className="mb-2 text-sm font-semibold">All questions</h2>
      <ol className="flex flex-wrap gap-2">
        {Array.from({ length: total }, (_, i) => (
          <li key={i}>
            <BusyButton
              className={`min-h-11 min-w-11 rounded-lg border px-2 font-medium ${i === current ? 'border-2 border-accent underline' : 'border-control-line'}`}
              aria-current={i === current ? 'step' : undefined}
              aria-label={`Question ${i + 1}${answered[i] ? ', answered' : ', not answered'}`}
              busy={busy}
              onClick={() => onJump(i)}
            >
              {i + 1}
              {answered[i] ? <span aria-hidden="true"> ✓</span> : null}
            </BusyButton>
          </li>
        ))}
      </ol>
    </nav>
  );
}
