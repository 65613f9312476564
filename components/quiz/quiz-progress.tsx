/** "Question 4 of 12" with a bar; the words carry the meaning, the bar repeats it. */
export function QuizProgress({ index, total, answered }: { index: number; total: number; answered: number }) {
  return (
    <div className="space-y-1">
      <p className="flex flex-wrap justify-between gap-2 text-sm">
        <span className="font-semibold" id="quiz-position">
          Question {index + 1} of {total}
        </span>
        <span className="text-ink-soft">{answered} answered</span>
      </p>
      <progress
        className="h-2 w-full accent-accent"
        max={total}
        value={answered}
        aria-label={`${answered} of ${total} questions answered`}
      />
    </div>
  );
}
