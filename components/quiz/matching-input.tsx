import type { TPublicChoice } from '@/lib/content/public-question';

type Props = {
  name: string;
  lefts: TPublicChoice[];
  rights: TPublicChoice[];
  matches: Record<string, string>;
  disabled: boolean;
  onChange: (matches: Record<string, string>) => void;
};

/** One labelled <select> per left item: matching without drag and drop. */
export function MatchingInput({ name, lefts, rights, matches, disabled, onChange }: Props) {
  function choose(leftId: string, rightId: string) {
    const next = { ...matches };
    if (rightId) next[leftId] = rightId;
    else delete next[leftId];
    onChange(next);
  }
  return (
    <div className="space-y-3">
      <p className="text-sm text-[var(--color-ink-soft)]">Choose the match for each item.</p>
      {lefts.map((left) => {
        const id = `${name}-${left.id}`;
        return (
          <div key={left.id} className="rounded-lg border border-[var(--color-line)] p-3">
            <label htmlFor={id} className="field-label">
              {left.text}
            </label>
            <select
              id={id}
              className="field-input"
              value={matches[left.id] ?? ''}
              disabled={disabled}
              onChange={(e) => choose(left.id, e.target.value)}
            >
              <option value="">Choose a match…</option>
              {rights.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.text}
                </option>
              ))}
            </select>
          </div>
        );
      })}
    </div>
  );
}
