import type { TPublicChoice } from '@/lib/content/public-question';

/**
 * `locked`: the answer is final (checked in practice, or a request is in flight). The controls stay
 * enabled-looking and focusable, marked aria-disabled, and ignore changes: a disabled control would
 * show the pupil's own choice at 1.4:1 and drop keyboard focus.
 */
type TCommon = { name: string; locked: boolean };

const optionClass =
  'flex min-h-11 cursor-pointer items-start gap-3 rounded-lg border border-line p-3 has-[:checked]:border-2 has-[:checked]:border-accent';

/** One answer from a list: native radio buttons, so arrow keys and screen readers work as usual. */
export function SingleChoice({
  name,
  locked,
  options,
  value,
  onChange,
}: TCommon & { options: TPublicChoice[]; value: string | null; onChange: (id: string) => void }) {
  return (
    <ul className="space-y-2">
      {options.map((o) => (
        <li key={o.id}>
          <label className={optionClass}>
            <input
              type="radio"
              className="mt-1 size-5"
              name={name}
              value={o.id}
              checked={value === o.id}
              aria-disabled={locked || undefined}
              onChange={() => locked || onChange(o.id)}
            />
            <span>{o.text}</span>
          </label>
        </li>
      ))}
    </ul>
  );
}

export function MultiChoice({
  name,
  locked,
  options,
  value,
  onChange,
}: TCommon & { options: TPublicChoice[]; value: string[]; onChange: (ids: string[]) => void }) {
  const toggle = (id: string) =>
    onChange(value.includes(id) ? value.filter((v) => v !== id) : [...value, id]);
  return (
    <ul className="space-y-2">
      {options.map((o) => (
        <li key={o.id}>
          <label className={optionClass}>
            <input
              type="checkbox"
              className="mt-1 size-5"
              name={name}
              value={o.id}
              checked={value.includes(o.id)}
              aria-disabled={locked || undefined}
              onChange={() => locked || toggle(o.id)}
            />
            <span>{o.text}</span>
          </label>
        </li>
      ))}
    </ul>
  );
}

export function TrueFalseChoice({
  name,
  locked,
  value,
  onChange,
}: TCommon & { value: boolean | null; onChange: (v: boolean) => void }) {
  return (
    <ul className="space-y-2">
      {[true, false].map((v) => (
        <li key={String(v)}>
          <label className={optionClass}>
            <input
              type="radio"
              className="mt-1 size-5"
              name={name}
              value={String(v)}
              checked={value === v}
              aria-disabled={locked || undefined}
              onChange={() => locked || onChange(v)}
            />
            <span>{v ? 'True' : 'False'}</span>
          </label>
        </li>
      ))}
    </ul>
  );
}

export function NumericAnswer({
  name,
  locked,
  unit,
  value,
  onChange,
}: TCommon & { unit: string; value: string; onChange: (text: string) => void }) {
  const id = `${name}-value`;
  return (
    <div>
      <label htmlFor={id} className="field-label">
        Your answer ({unit})
      </label>
      <input
        id={id}
        className="field-input max-w-48"
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={value}
        readOnly={locked}
        aria-disabled={locked || undefined}
        onChange={(e) => locked || onChange(e.target.value)}
      />
    </div>
  );
}
