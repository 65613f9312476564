'use client';
import { useState } from 'react';
import type { TPublicChoice } from '@/lib/content/public-question';
import { BusyButton } from '@/components/ui/busy-button';
import { moveFocus } from '@/components/ui/focus';
import { LiveRegion } from '@/components/ui/live-region';

type Props = {
  items: TPublicChoice[];
  order: string[];
  locked: boolean;
  onChange: (ids: string[]) => void;
};

/**
 * Put items in order with Move up / Move down buttons: no drag and drop, so it works by keyboard,
 * switch access and screen reader. Each button names the item's position ("item 2 of 5"), each move
 * is announced, and focus follows the moved item. The buttons sit on their own row so long items
 * keep the full width on a phone.
 */
export function OrderingInput({ items, order, locked, onChange }: Props) {
  const [announcement, setAnnouncement] = useState('');
  const textOf = (id: string) => items.find((i) => i.id === id)?.text ?? id;
  function move(from: number, to: number, direction: 'up' | 'down') {
    const next = [...order];
    const [moved] = next.splice(from, 1);
    if (moved === undefined) return;
    next.splice(to, 0, moved);
    onChange(next);
    setAnnouncement(`Moved "${textOf(moved)}" to position ${to + 1} of ${next.length}.`);
    // Keep focus on the same button of the moved item, so repeated presses keep moving it; at the
    // end of the list that button is unavailable, so take its partner. The ids survive the re-render.
    const opposite = direction === 'up' ? 'down' : 'up';
    const atEnd = direction === 'up' ? to === 0 : to === next.length - 1;
    requestAnimationFrame(() => moveFocus(`move-${atEnd ? opposite : direction}-${moved}`));
  }
  return (
    <div>
      <p className="mb-2 text-sm text-ink-soft">
        Put the items in order, first at the top. Use the Move up and Move down buttons.
      </p>
      <ol role="list" className="space-y-2">
        {order.map((id, index) => {
          const position = `item ${index + 1} of ${order.length}`;
          return (
            <li key={id} className="rounded-lg border border-line p-3">
              <p className="flex gap-2">
                <span className="min-w-6 font-semibold" aria-hidden="true">
                  {index + 1}.
                </span>
                <span className="flex-1">{textOf(id)}</span>
              </p>
              <span className="mt-2 flex flex-wrap gap-2">
                <BusyButton
                  id={`move-up-${id}`}
                  className="btn-quiet min-h-11 px-3"
                  unavailable={locked || index === 0}
                  onClick={() => move(index, index - 1, 'up')}
                  aria-label={`Move up: ${textOf(id)} (${position})`}
                >
                  <span aria-hidden="true">↑</span> Up
                </BusyButton>
                <BusyButton
                  id={`move-down-${id}`}
                  className="btn-quiet min-h-11 px-3"
                  unavailable={locked || index === order.length - 1}
                  onClick={() => move(index, index + 1, 'down')}
                  aria-label={`Move down: ${textOf(id)} (${position})`}
                >
                  <span aria-hidden="true">↓</span> Down
                </BusyButton>
              </span>
            </li>
          );
        })}
      </ol>
      <LiveRegion message={announcement} visuallyHidden />
    </div>
  );
}
