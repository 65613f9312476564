import type { TConfidence } from '@/lib/quiz/confidence';

/** Optional: how sure the student is. Recorded with the answer; the review flags confident misses. */
export function ConfidenceInput({
  name,
  value,
  locked,
  onChange,
}: {
  name: string;
  value: TConfidence;
  locked: boolean;
  onChange: (c: TConfidence) => void;
}) {
  const choices: { value: TConfidence; label: string }[] = [
    { value: 'sure', label: 'Sure' },
    { value: 'not-sure', label: 'Not sure' },
    { value: null, label: 'Skip' },
  ];
  return (
    <fieldset className="mt-4">
      <legend className="field-label">How sure are you? (optional)</legend>
      <div className="flex flex-wrap gap-4">
        {choices.map((c) => (
          <label key={String(c.value)} className="flex min-h-11 items-center gap-2">
            <input
              type="radio"
              className="size-5"
              name={`${name}-confidence`}
              checked={value === c.value}
              aria-disabled={locked || undefined}
              onChange={() => locked || onChange(c.value)}
            />
            {c.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
