import type { TPublicQuestion } from '@/lib/content/public-question';
import type { TResponse } from '@/lib/quiz/response-schema';

/** An answer being worked on in the browser, before it is committed to the server. */
export type TDraft =
  | { type: 'single'; optionId: string | null }
  | { type: 'multi'; optionIds: string[] }
  | { type: 'true-false'; value: boolean | null }
  | { type: 'ordering'; itemIds: string[] }
  | { type: 'matching'; matches: Record<string, string> }
  | { type: 'numeric'; text: string };

export function emptyDraft(q: TPublicQuestion): TDraft {
  switch (q.type) {
    case 'single':
      return { type: 'single', optionId: null };
    case 'multi':
      return { type: 'multi', optionIds: [] };
    case 'true-false':
      return { type: 'true-false', value: null };
    case 'ordering':
      // Starts in the served (shuffled) order; the student moves items from there.
      return { type: 'ordering', itemIds: q.items.map((i) => i.id) };
    case 'matching':
      return { type: 'matching', matches: {} };
    case 'numeric':
      return { type: 'numeric', text: '' };
  }
}

export function draftFromResponse(r: TResponse): TDraft {
  switch (r.type) {
    case 'numeric':
      return { type: 'numeric', text: String(r.value) };
    case 'multi':
      return { type: 'multi', optionIds: [...r.optionIds] };
    case 'ordering':
      return { type: 'ordering', itemIds: [...r.itemIds] };
    case 'matching':
      return { type: 'matching', matches: { ...r.matches } };
    default:
      return { ...r };
  }
}

/** The response to send, or a message saying what is still missing (the server checks again). */
export function responseFromDraft(q: TPublicQuestion, d: TDraft): TResponse | string {
  switch (d.type) {
    case 'single':
      return d.optionId ? { type: 'single', optionId: d.optionId } : 'Choose an answer first.';
    case 'multi':
      return d.optionIds.length > 0
        ? { type: 'multi', optionIds: d.optionIds }
        : 'Tick at least one answer first.';
    case 'true-false':
      return d.value === null ? 'Choose True or False first.' : { type: 'true-false', value: d.value };
    case 'ordering':
      return { type: 'ordering', itemIds: d.itemIds };
    case 'matching': {
      const lefts = q.type === 'matching' ? q.lefts.length : 0;
      if (Object.keys(d.matches).length < lefts) return 'Choose a match for every item first.';
      const used = Object.values(d.matches);
      // The matching is one-to-one; say so in words, never with the answers' internal ids.
      return new Set(used).size < used.length
        ? 'Each answer fits exactly one item: one answer is chosen twice.'
        : { type: 'matching', matches: d.matches };
    }
    case 'numeric': {
      const value = Number(d.text.trim().replace(',', '.'));
      return d.text.trim() === '' || !Number.isFinite(value)
        ? 'Type a number first.'
        : { type: 'numeric', value };
    }
  }
}
