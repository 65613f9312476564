'use client';
import { useState } from 'react';
import type { TPublicChoice } from '@/lib/content/public-question';

type Props = {
  items: TPublicChoice[];
  order: string[];
  disabled: boolean;
  onChange: (ids: string[]) => void;
};

/**
 * Put items in order with Move up / Move down buttons: no drag and drop, so it works by keyboard,
 * switch access and screen reader. Each move is announced, and focus follows the moved item.
 */
export function OrderingInput({ items, order, disabled, onChange }: Props) {
  const [announcement, setAnnouncement] = useState('');
  const textOf = (id: string) => items.find((i) => i.id === id)?.text ?? id;
  function move(from: number, to: number, direction: 'up' | 'down') {
    const next = [...order];
    const [moved] = next.splice(from, 1);
    if (moved === undefined) return;
    next.splice(to, 0, moved);
    onChange(next);
    setAnnouncement(`Moved "${textOf(moved)}" to position ${to + 1} of ${next.length}.`);
    // Keep focus on the same button of the moved item, so repeated presses keep moving it.
    requestAnimationFrame(() => {
      const target = document.getElementById(`move-${direction}-${moved}`) as HTMLButtonElement | null;
      (target && !target.disabled
        ? target
        : document.getElementById(`move-${direction === 'up' ? 'down' : 'up'}-${moved}`)
      )?.focus();
    });
  }
  return (
    <div>
      <p className="mb-2 text-sm text-[var(--color-ink-soft)]">
        Put the items in order, first at the top. Use the Move up and Move down buttons.
      </p>
      <ol className="space-y-2">
        {order.map((id, index) => (
          <li
            key={id}
            className="flex flex-wrap items-center gap-2 rounded-lg border border-[var(--color-line)] p-3"
          >
            <span className="min-w-6 font-semibold" aria-hidden="true">
              {index + 1}.
            </span>
            <span className="flex-1">{textOf(id)}</span>
            <span className="flex gap-2">
              <button
                type="button"
                id={`move-up-${id}`}
                className="btn-quiet min-h-11 px-3"
                disabled={disabled || index === 0}
                onClick={() => move(index, index - 1, 'up')}
                aria-label={`Move up: ${textOf(id)}`}
              >
                <span aria-hidden="true">↑</span> Up
              </button>
              <button
                type="button"
                id={`move-down-${id}`}
                className="btn-quiet min-h-11 px-3"
                disabled={disabled || index === order.length - 1}
                onClick={() => move(index, index + 1, 'down')}
                aria-label={`Move down: ${textOf(id)}`}
              >
                <span aria-hidden="true">↓</span> Down
              </button>
            </span>
          </li>
        ))}
      </ol>
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
