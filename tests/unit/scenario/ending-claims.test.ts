import { describe, expect, it } from 'vitest';
import { checkScenarioGraph } from '@/lib/scenario/graph-check';
import { findUnlabelledReactions } from '@/lib/scenario/honesty';
import { toPublicRunView } from '@/lib/scenario/public-view';
import { replay } from '@/lib/scenario/engine';
import type { TScenarioInput } from '@/lib/scenario/schema';
import { fixtureScenario } from './fixture';

type TNodeInput = TScenarioInput['nodes'][number];
type TEndingInput = Extract<TNodeInput, { kind: 'ending' }>;

/** The fixture with every path ending by itself, and an edit to one of its endings. */
function withEnding(id: string, change: (ending: TEndingInput) => void) {
  return fixtureScenario((input) => {
    const talks = input.nodes.find((n) => n.id === 'talks');
    if (talks?.kind === 'decision') talks.choices = talks.choices.filter((c) => c.id !== 'press-again');
    const unity = input.meters.find((m) => m.id === 'unity');
    if (unity) unity.start = 6;
    const ending = input.nodes.find((n): n is TEndingInput => n.id === id && n.kind === 'ending');
    if (!ending) throw new Error(`no ending ${id}`);
    change(ending);
  });
}

describe('ending claims and path notes (scenario honesty)', () => {
  it('accepts a claim that holds on every path reaching the ending', () => {
    const scenario = withEnding('deal', (e) => {
      e.claims = [{ says: 'the delegation never pressed', holds: { flag: 'pushed', is: false } }];
    });
    expect(checkScenarioGraph(scenario).problems).toEqual([]);
  });

  it('reports a claim that some reachable path contradicts', () => {
    // "deal" is reachable after gambling as well as after reassuring.
    const scenario = withEnding('deal', (e) => {
      e.claims = [{ says: 'the delegation reassured its partners', holds: { chose: 'reassure' } }];
    });
    expect(checkScenarioGraph(scenario).problems).toEqual([
      'ending "deal" says "the delegation reassured its partners", but a reachable path ends there without it',
    ]);
  });

  it('reports a claim on the fallback ending that a fall-through path breaks', () => {
    // "stall" is also where an invitation lands when the deal's guard fails.
    const scenario = withEnding('stall', (e) => {
      e.claims = [{ says: 'the summit was put off', holds: { chose: 'delay' } }];
    });
    expect(checkScenarioGraph(scenario).problems).toEqual([
      'ending "stall" says "the summit was put off", but a reachable path ends there without it',
    ]);
  });

  it('reports a path note that no run reaching the ending can see', () => {
    const scenario = withEnding('deal', (e) => {
      e.debrief.pathNotes = [
        { when: { chose: 'gamble' }, text: 'You gambled on unity.' },
        { when: { chose: 'press' }, text: 'You pressed hard.' },
      ];
    });
    expect(checkScenarioGraph(scenario).problems).toEqual([
      'ending "deal" path note 2 is never shown: no run ending there meets its condition',
    ]);
  });

  it('shows a run only the path notes its own path meets, and the modelling assumption', () => {
    const scenario = withEnding('deal', (e) => {
      e.debrief.pathNotes = [
        { when: { chose: 'gamble' }, text: 'You gambled on unity.' },
        { when: { chose: 'reassure' }, text: 'You reassured your partners.' },
      ];
      e.debrief.assumption = 'The unity threshold is the designers’ choice.';
    });
    // gamble (unity 6, risk 2), consult (unity 8), news: both outcomes keep risk below 9, invite.
    const run = replay(scenario, 1, ['gamble', 'consult', 'continue', 'invite']);
    if (!run.ok) throw new Error(run.reason);
    const view = toPublicRunView(run.state, scenario);
    expect(view.ending?.id).toBe('deal');
    expect(view.ending?.debrief.pathNotes).toEqual(['You gambled on unity.']);
    expect(view.ending?.debrief.assumption).toBe('The unity threshold is the designers’ choice.');
    // Conditions stay on the server.
    expect(JSON.stringify(view)).not.toContain('"when"');
  });
});

describe('invented reactions of named governments', () => {
  it('asks for "in this run" when a consequence gives a named capital a reaction', () => {
    const scenario = withEnding('stall', () => {});
    const opening = scenario.nodes.find((n) => n.id === 'opening');
    if (opening?.kind !== 'decision') throw new Error('no opening');
    opening.choices[1]!.consequence = 'Berlin is relieved.';
    opening.choices[2]!.consequence = 'In this run, Washington is relieved.';
    expect(findUnlabelledReactions(scenario)).toEqual([
      'node "opening" choice "reassure": the consequence gives Berlin a reaction no source records; say "in this run" or use a composite',
    ]);
  });
});
