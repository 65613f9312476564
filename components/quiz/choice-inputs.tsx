import type { TPublicChoice } from '@/lib/content/public-question';

type TCommon = { name: string; disabled: boolean };

const optionClass =
  'flex min-h-11 cursor-pointer items-start gap-3 rounded-lg border border-[var(--color-line)] p-3';

/** One answer from a list: native radio buttons, so arrow keys and screen readers work as usual. */
export function SingleChoice({
  name,
  disabled,
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
              disabled={disabled}
              onChange={() => onChange(o.id)}
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
  disabled,
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
              disabled={disabled}
              onChange={() => toggle(o.id)}
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
  disabled,
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
              disabled={disabled}
              onChange={() => onChange(v)}
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
  disabled,
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
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
