type Props = {
  total: number;
  current: number;
  answered: readonly boolean[];
  disabled: boolean;
  onJump: (index: number) => void;
};

/** Jump to any question. Answered ones carry a tick and say so to screen readers (not colour alone). */
export function QuestionMap({ total, current, answered, disabled, onJump }: Props) {
  return (
    <nav aria-label="Question map">
      <ol className="flex flex-wrap gap-2">
        {Array.from({ length: total }, (_, i) => (
          <li key={i}>
            <button
              type="button"
              className={`min-h-11 min-w-11 rounded-lg border px-2 font-medium ${i === current ? 'border-2 border-[var(--color-accent)] underline' : 'border-[var(--color-line)]'}`}
              aria-current={i === current ? 'step' : undefined}
              aria-label={`Question ${i + 1}${answered[i] ? ', answered' : ', not answered'}`}
              disabled={disabled}
              onClick={() => onJump(i)}
            >
              {i + 1}
              {answered[i] ? <span aria-hidden="true"> ✓</span> : null}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
