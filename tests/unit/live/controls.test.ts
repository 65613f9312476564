import { describe, expect, it } from 'vitest';
import { acceptsAnswers, applyControl, firstQuestionState, type TLiveState } from '@/lib/live/controls';

const open = firstQuestionState();
const step = (s: TLiveState, c: Parameters<typeof applyControl>[1], n = 3): TLiveState => {
  const r = applyControl(s, c, n);
  if (!r.ok) throw new Error(r.reason);
  return r.state;
};

describe('live lesson controls', () => {
  it('runs peer instruction: vote, close, show, vote again, reveal, next', () => {
    const closed = step(open, 'close-vote');
    expect(closed).toMatchObject({ phase: 'CLOSED', round: 1, votesShown: false });
    const shown = step(closed, 'show-votes');
    expect(shown.votesShown).toBe(true);
    const second = step(shown, 'vote-again');
    // The second vote opens with the distribution hidden again, so it does not steer the re-vote.
    expect(second).toMatchObject({ phase: 'OPEN', round: 2, votesShown: false });
    const revealed = step(second, 'reveal');
    expect(revealed).toMatchObject({ phase: 'REVEALED', votesShown: true });
    expect(step(revealed, 'next')).toEqual({ ...firstQuestionState(), currentIndex: 1 });
  });

  it('keeps the first distribution hidden until the teacher shows it', () => {
    expect(step(open, 'close-vote').votesShown).toBe(false);
  });

  it('refuses a second vote after Reveal and a third vote', () => {
    expect(applyControl(step(open, 'reveal'), 'vote-again', 3).ok).toBe(false);
    expect(applyControl(step(open, 'vote-again'), 'vote-again', 3).ok).toBe(false);
  });

  it('does not move past the last question', () => {
    const last = { ...open, currentIndex: 2 };
    expect(applyControl(last, 'next', 3)).toEqual({ ok: false, reason: expect.stringMatching(/last/) });
  });

  it('accepts answers only while open and not paused; ended refuses everything', () => {
    expect(acceptsAnswers(open)).toBe(true);
    expect(acceptsAnswers(step(open, 'pause'))).toBe(false);
    expect(acceptsAnswers(step(step(open, 'pause'), 'resume'))).toBe(true);
    expect(acceptsAnswers(step(open, 'close-vote'))).toBe(false);
    const ended = step(open, 'end');
    expect(ended.phase).toBe('ENDED');
    expect(applyControl(ended, 'next', 3).ok).toBe(false);
  });
});
