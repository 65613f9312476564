import { describe, expect, it } from 'vitest';
import { countBlocks } from '@/lib/council/blocks';
import { getCouncil } from '@/lib/council/catalog';
import type { TCouncilState, TDraft } from '@/lib/council/state';

const council = getCouncil('the-council')!.council;
const defer: TDraft = { proposalId: 'defer', amendmentIds: [] };
const deferReview: TDraft = { proposalId: 'defer', amendmentIds: ['review-date', 'reaffirm-path'] };
const deferReviewOtherOrder: TDraft = { proposalId: 'defer', amendmentIds: ['reaffirm-path', 'review-date'] };
const inviteNow: TDraft = { proposalId: 'invite-now', amendmentIds: [] };
let n = 0;
const broke = (seatId: string, draft: TDraft): TCouncilState['brokenSilences'][number] => ({
  round: 1,
  at: ++n,
  seatId,
  reason: 'A reason of some length.',
  draft,
});

describe('who blocked, across a class’s councils', () => {
  it('counts each seat’s broken silences by draft, most first; the same draft in any amendment order is one', () => {
    const blocks = countBlocks([
      {
        council,
        brokenSilences: [
          broke('frontline-ally', defer),
          broke('holdout-ally', inviteNow),
          broke('germany', inviteNow),
        ],
      },
      { council, brokenSilences: [broke('frontline-ally', deferReview), broke('holdout-ally', inviteNow)] },
      {
        council,
        brokenSilences: [broke('frontline-ally', deferReviewOtherOrder), broke('frontline-ally', defer)],
      },
      { council, brokenSilences: [] },
    ]);
    expect(blocks.councils).toBe(4);
    expect(blocks.seats).toEqual([
      {
        seatId: 'frontline-ally',
        name: 'Frontline ally (composite)',
        total: 4,
        drafts: [
          { key: 'defer', label: 'Defer the decision', count: 2 },
          {
            key: 'defer+reaffirm-path+review-date',
            label:
              'Defer the decision + Reaffirm the irreversible path to membership + Review at the next summit',
            count: 2,
          },
        ],
      },
      {
        seatId: 'holdout-ally',
        name: 'Holdout ally (composite)',
        total: 2,
        drafts: [{ key: 'invite-now', label: 'Invite Ukraine now', count: 2 }],
      },
      {
        seatId: 'germany',
        name: 'Germany',
        total: 1,
        drafts: [{ key: 'invite-now', label: 'Invite Ukraine now', count: 1 }],
      },
      // Delegations that never broke silence, in table order; the envoy and the chair have no consent.
      { seatId: 'united-states', name: 'United States', total: 0, drafts: [] },
      { seatId: 'large-western-ally', name: 'Large western ally (composite)', total: 0, drafts: [] },
      { seatId: 'swing-ally', name: 'Swing ally (composite)', total: 0, drafts: [] },
    ]);
  });

  it('no councils: nothing counted, no seats', () => {
    expect(countBlocks([])).toEqual({ councils: 0, seats: [] });
  });
});
