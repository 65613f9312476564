import { z } from 'zod';
import type { TCouncilRefusal } from './engine';
import type { TCouncilAction } from './state';

/**
 * What a phone or the chair's controls send. The server adds the seat (from who is asking) and the
 * time (its own clock), so a client can claim neither. `clientId` is made once per form on the
 * client: a double submit carries the same one and records once. `seq` is the version of the table
 * the person was looking at.
 */
const ZClientId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'Bad action id.');
const ZSeq = z.int().min(0);
const ZText = (what: string) => z.string().max(2000, `The ${what} is too long.`);

export const ZDelegationMove = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('state'),
    text: ZText('statement'),
    amendmentId: z.string().max(64).optional(),
  }),
  z.strictObject({ type: z.literal('break-silence'), reason: ZText('reason') }),
]);

export const ZChairMove = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('table'),
    proposalId: z.string().max(64),
    amendmentIds: z.array(z.string().max(64)).max(20),
  }),
  z.strictObject({ type: z.literal('open-silence') }),
  /** The chair declares the silence deadline passed: adopted unless a seat broke it. */
  z.strictObject({ type: z.literal('close-silence') }),
  z.strictObject({ type: z.literal('end') }),
]);

export const ZCouncilMoveBody = z.strictObject({
  clientId: ZClientId,
  seq: ZSeq,
  move: z.union([ZDelegationMove, ZChairMove]),
});

export type TDelegationMove = z.infer<typeof ZDelegationMove>;
export type TChairMove = z.infer<typeof ZChairMove>;
export type TCouncilMove = TDelegationMove | TChairMove;

export function isChairMove(move: TCouncilMove): move is TChairMove {
  return ZChairMove.safeParse(move).success;
}

/**
 * The reducer's action for a move. Closing silence moves the council's clock to the silence deadline
 * (the chair declares it passed); ending ticks to the end of the clock, which is refused during a
 * silence so that ending never adopts a draft by accident.
 */
export function actionForMove(
  move: TCouncilMove,
  seat: { seatId: string; clientId: string; at: number },
  silenceDeadline: number | null,
  clockEnd: number,
): TCouncilAction | null {
  const { seatId, clientId, at } = seat;
  switch (move.type) {
    case 'state':
      return move.amendmentId
        ? { type: 'state', clientId, seatId, at, text: move.text, amendmentId: move.amendmentId }
        : { type: 'state', clientId, seatId, at, text: move.text };
    case 'break-silence':
      return { type: 'break-silence', clientId, seatId, at, reason: move.reason };
    case 'table':
      return {
        type: 'table',
        clientId,
        seatId,
        at,
        draft: { proposalId: move.proposalId, amendmentIds: move.amendmentIds },
      };
    case 'open-silence':
      return { type: 'open-silence', clientId, seatId, at };
    case 'close-silence':
      if (silenceDeadline === null) return null;
      return { type: 'tick', clientId, at: Math.max(at, silenceDeadline) };
    case 'end':
      if (silenceDeadline !== null) return null;
      return { type: 'tick', clientId, at: Math.max(at, clockEnd) };
  }
}

/** Each refusal in words a delegation or the chair understands at once. */
export const REFUSAL_TEXT: Record<TCouncilRefusal, string> = {
  'council-ended': 'The council has ended.',
  'unknown-seat': 'You have no seat at this table.',
  'not-chair': 'Only the chair can do that.',
  'no-consent': 'Only a delegation can break silence; your seat has no consent to withhold.',
  'no-voice': 'The chair makes no statement.',
  'wrong-phase': 'That cannot be done at this point of the round.',
  'unknown-proposal': 'Choose a proposal from the table.',
  'unknown-amendment': 'That amendment does not fit this proposal.',
  'already-stated': 'Your delegation has already spoken this round.',
  'statement-required': 'Write your statement first.',
  'statement-too-long': 'That is longer than the council allows; shorten it.',
  'reason-required': 'Breaking silence needs a written reason (a sentence at least).',
  'retable-limit': 'The draft has been re-tabled as often as a round allows; open silence.',
  'silence-over': 'The silence deadline has passed.',
  'clock-run-out': "The council's time has run out.",
  'clock-backwards': 'The table changed; try again.',
};
