import { describe, expect, it } from 'vitest';
import { checkCouncil } from '@/lib/council/check';
import { loadCouncils } from '@/lib/council/parse';
import { playBotCouncil, simulateCouncil } from '@/lib/council/simulate';
import { readSourceCatalog } from '@/lib/scenario/source-catalog';
import { viewForSeat } from '@/lib/council/view';
import { buildCouncil } from './fixture';

const councils = [...loadCouncils().values()];
const catalog = readSourceCatalog();

describe.each(councils.map((c) => [c.slug, c] as const))('council %s', (_slug, council) => {
  it('passes the council check', () => {
    expect(checkCouncil(council, catalog)).toEqual([]);
  });

  it('names only the United States and Germany; every other delegation is a labelled composite', () => {
    const named = council.seats.filter((s) => s.role === 'delegation' && !s.composite).map((s) => s.name);
    expect(named.sort()).toEqual(['Germany', 'United States']);
    for (const seat of council.seats.filter((s) => s.composite)) expect(seat.name).toMatch(/\(composite\)/);
  });

  it('shows a seat only its own brief, with the public record of a whole council', () => {
    const final = playBotCouncil(council, 3);
    for (const seat of council.seats) {
      const view = viewForSeat(final, council, seat.id);
      expect(view?.seat.brief).toEqual(seat.brief);
      const text = JSON.stringify(view);
      for (const other of council.seats.filter((o) => o.id !== seat.id))
        for (const claim of other.brief.redLines.concat(other.brief.whatWouldMove))
          if (
            !final.brokenSilences.some((b) => b.reason === claim.text) &&
            !final.statements.some((s) => s.text === claim.text)
          )
            expect(text).not.toContain(claim.text);
    }
  });

  it('is balanced under random play and fits a lesson with the default clock', () => {
    const summary = simulateCouncil(council, 120, 11);
    const consensus = summary.outcomes.adopted?.share ?? 0;
    expect(consensus).toBeGreaterThanOrEqual(0.03);
    expect(consensus).toBeLessThanOrEqual(0.6);
    expect(summary.minutesToOutcome.median).toBeLessThanOrEqual(35);
  });
});

describe('council check', () => {
  const base = {
    delegations: 2,
    amendments: [],
    events: [{ weight: 1, shifts: [2, 0] }],
    rounds: 2,
  };

  it('accepts a council where consensus needs an event', () => {
    expect(checkCouncil(buildCouncil({ ...base, proposals: [[1, 4]] }), null)).toEqual([]);
  });

  it('reports consensus that is automatic in the first round', () => {
    expect(checkCouncil(buildCouncil({ ...base, proposals: [[4, 4]] }), null)).toEqual([
      'proposal "p0": with [] every delegation is comfortable in the first round (consensus automatic)',
    ]);
  });

  it('reports a seat with no path to yes, and consensus impossible', () => {
    expect(checkCouncil(buildCouncil({ ...base, proposals: [[4, 1]] }), null)).toEqual([
      'council: no draft, under any events, is acceptable to every delegation (consensus impossible)',
      'seat "d1": no draft under any events lets it agree (no path to yes)',
    ]);
  });

  it('reports an invented claim in a real government’s brief and an unknown source', () => {
    const council = buildCouncil({ ...base, proposals: [[1, 4]] });
    const seats = council.seats.map((s) => (s.id === 'd0' ? { ...s, composite: false } : s));
    const proposals = council.proposals.map((p) => ({ ...p, sources: ['article#p9'] }));
    const problems = checkCouncil({ ...council, seats, proposals }, readSourceCatalog());
    expect(problems).toContain(
      'seat "d0" interests 1: a real government\'s brief cannot carry a composite claim; source it',
    );
    expect(problems).toContain('"p0": source "article" has no locator "p9"');
    expect(problems).toContain(
      'debrief obstacle "d0": a real government\'s obstacle cannot be a composite claim; source it',
    );
  });

  it('checks the debrief’s sources too', () => {
    const council = buildCouncil({ ...base, proposals: [[1, 4]] });
    const debrief = {
      ...council.debrief,
      asOfOutcome: [{ text: 'What happened.', sources: ['article#p99'], asOf: '2024-10' }],
    };
    expect(checkCouncil({ ...council, debrief }, readSourceCatalog())).toContain(
      'debrief asOfOutcome 1: source "article" has no locator "p99"',
    );
  });
});
