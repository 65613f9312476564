'use client';
import { useState } from 'react';
import type { TPublicChoice } from '@/lib/content/public-question';
import { LiveRegion } from '@/components/ui/live-region';

type Props = {
  name: string;
  lefts: TPublicChoice[];
  rights: TPublicChoice[];
  matches: Record<string, string>;
  locked: boolean;
  onChange: (matches: Record<string, string>) => void;
};

/**
 * One labelled <select> per left item: matching without drag and drop. The matching is one-to-one,
 * so the rule is stated up front and kept: choosing an answer another item already has moves it
 * here, and the move is said in words. The chosen text is repeated in full under each box, since a
 * narrow select cuts long answers off.
 */
export function MatchingInput({ name, lefts, rights, matches, locked, onChange }: Props) {
  const [announcement, setAnnouncement] = useState('');
  const textOf = (list: TPublicChoice[], id: string | undefined) => list.find((c) => c.id === id)?.text;
  const holderOf = (rightId: string) => Object.entries(matches).find(([, r]) => r === rightId)?.[0];

  function choose(leftId: string, rightId: string) {
    if (locked) return;
    const next = { ...matches };
    const previousHolder = rightId ? holderOf(rightId) : undefined;
    if (previousHolder && previousHolder !== leftId) {
      delete next[previousHolder];
      setAnnouncement(
        `“${textOf(rights, rightId)}” moved here from “${textOf(lefts, previousHolder)}”, which now needs a new match.`,
      );
    } else setAnnouncement('');
    if (rightId) next[leftId] = rightId;
    else delete next[leftId];
    onChange(next);
  }
  const ruleId = `${name}-rule`;
  return (
    <div className="space-y-3">
      <p id={ruleId} className="text-sm text-ink-soft">
        Choose the match for each item. Each answer fits exactly one item: choosing one that is already used
        moves it to this item.
      </p>
      {lefts.map((left) => {
        const id = `${name}-${left.id}`;
        const chosen = textOf(rights, matches[left.id]);
        return (
          <div key={left.id} className="rounded-lg border border-line p-3">
            <label htmlFor={id} className="field-label">
              {left.text}
            </label>
            <select
              id={id}
              className="field-input"
              value={matches[left.id] ?? ''}
              aria-disabled={locked || undefined}
              aria-describedby={ruleId}
              onChange={(e) => choose(left.id, e.target.value)}
            >
              <option value="">Choose a match…</option>
              {rights.map((r) => {
                const holder = holderOf(r.id);
                return (
                  <option key={r.id} value={r.id}>
                    {r.text}
                    {holder && holder !== left.id ? ` (now matched to “${textOf(lefts, holder)}”)` : ''}
                  </option>
                );
              })}
            </select>
            {chosen ? (
              <p className="mt-1 text-sm">
                <span className="font-medium">Your match:</span> {chosen}
              </p>
            ) : null}
          </div>
        );
      })}
      <LiveRegion message={announcement} visuallyHidden />
    </div>
  );
}
