/**
 * The live lesson's state machine, pure: what each teacher control does to the session's state.
 * The data layer stores the result with a compare-and-set on `seq`, so this never sees a race.
 *
 * Peer instruction: a question opens for a first vote; the teacher may stop the vote (CLOSED), show
 * the first distribution when they choose, open a second vote ("Vote again") after discussion, and
 * reveal the answer. Next opens the following question; End closes the lesson from anywhere.
 */

export type TLivePhase = 'OPEN' | 'CLOSED' | 'REVEALED' | 'ENDED';

export type TLiveState = {
  phase: TLivePhase;
  currentIndex: number;
  round: 1 | 2;
  votesShown: boolean;
  paused: boolean;
  pairing: boolean;
};

export const LIVE_CONTROLS = [
  'close-vote',
  'show-votes',
  'vote-again',
  'reveal',
  'next',
  'pause',
  'resume',
  'pair',
  'end',
] as const;
export type TLiveControl = (typeof LIVE_CONTROLS)[number];

export type TControlResult = { ok: true; state: TLiveState } | { ok: false; reason: string };

const refuse = (reason: string): TControlResult => ({ ok: false, reason });
const to = (state: TLiveState, change: Partial<TLiveState>): TControlResult => ({
  ok: true,
  state: { ...state, ...change },
});

export const firstQuestionState = (): TLiveState => ({
  phase: 'OPEN',
  currentIndex: 0,
  round: 1,
  votesShown: false,
  paused: false,
  pairing: false,
});

export function applyControl(state: TLiveState, control: TLiveControl, itemCount: number): TControlResult {
  if (state.phase === 'ENDED') return refuse('This live lesson has ended.');
  switch (control) {
    case 'close-vote':
      return state.phase === 'OPEN' ? to(state, { phase: 'CLOSED' }) : refuse('Voting is not open.');
    case 'show-votes':
      return state.phase === 'REVEALED'
        ? refuse('The answer is already revealed.')
        : to(state, { votesShown: true });
    case 'vote-again':
      if (state.phase === 'REVEALED')
        return refuse('The answer is revealed; a second vote would not be honest.');
      if (state.round === 2) return refuse('The class has already voted twice on this question.');
      return to(state, { phase: 'OPEN', round: 2, votesShown: false });
    case 'reveal':
      return state.phase === 'OPEN' || state.phase === 'CLOSED'
        ? to(state, { phase: 'REVEALED', votesShown: true, paused: false })
        : refuse('The answer is already revealed.');
    case 'next':
      if (state.currentIndex + 1 >= itemCount) return refuse('This was the last question; end the lesson.');
      return to(state, { ...firstQuestionState(), currentIndex: state.currentIndex + 1 });
    case 'pause':
      return state.paused ? refuse('The lesson is already paused.') : to(state, { paused: true });
    case 'resume':
      return state.paused ? to(state, { paused: false }) : refuse('The lesson is not paused.');
    case 'pair':
      if (state.phase === 'REVEALED') return refuse('The answer is already revealed.');
      return to(state, { pairing: true });
    case 'end':
      return to(state, { phase: 'ENDED', paused: false });
  }
}

/** Answers are taken only while a vote is open and the lesson is not paused. */
export const acceptsAnswers = (state: Pick<TLiveState, 'phase' | 'paused'>): boolean =>
  state.phase === 'OPEN' && !state.paused;
