import type { TCondition } from '@/lib/scenario/condition-schema';
import { ZScenario, type TScenario, type TScenarioInput } from '@/lib/scenario/schema';

const cite = { obstacles: ['allied-consensus' as const], sources: ['article#p1'] };

/**
 * A small scenario that exercises every engine rule: a conditional next (press → crisis at high
 * risk), a choice gated by a meter (gamble) and one gated by an earlier choice (press-again), a loop
 * that only the step limit ends, a weighted event, clamping, a targeted ending whose guard can fail
 * (deal), a guarded ending (crisis) and the fallback (stall).
 */
export function fixtureInput(): TScenarioInput {
  return {
    slug: 'fixture',
    title: 'Fixture',
    asOf: '2024-10',
    role: 'You advise a test delegation.',
    briefing: 'A test briefing.',
    sources: ['article#p1'],
    maxSteps: 8,
    start: 'opening',
    meters: [
      {
        id: 'unity',
        label: 'Unity',
        min: 0,
        max: 10,
        start: 5,
        good: 'high',
        description: 'How united allies are.',
      },
      {
        id: 'risk',
        label: 'Risk',
        min: 0,
        max: 10,
        start: 4,
        good: 'low',
        description: 'Risk of escalation.',
      },
    ],
    flags: [{ id: 'pushed', description: 'The delegation pressed hard.' }],
    nodes: [
      {
        id: 'opening',
        kind: 'decision',
        title: 'Opening',
        text: 'Opening text.',
        ...cite,
        choices: [
          {
            id: 'press',
            label: 'Press hard',
            consequence: 'Pressing raised tension.',
            effects: { meters: { risk: 3, unity: -1 }, flags: { pushed: true } },
            next: [{ if: { meter: 'risk', atLeast: 9 }, goto: 'crisis' }, { goto: 'talks' }],
            ...cite,
          },
          {
            id: 'reassure',
            label: 'Reassure',
            consequence: 'Reassurance calmed things.',
            effects: { meters: { risk: -1, unity: 1 } },
            next: 'talks',
            ...cite,
          },
          {
            id: 'gamble',
            label: 'Gamble on unity',
            consequence: 'The gamble lowered risk.',
            when: { meter: 'unity', atLeast: 6 },
            effects: { meters: { risk: -2 } },
            next: 'talks',
            ...cite,
          },
        ],
      },
      {
        id: 'talks',
        kind: 'decision',
        title: 'Talks',
        text: 'Talks text.',
        ...cite,
        choices: [
          {
            id: 'consult',
            label: 'Consult',
            consequence: 'Consulting helped unity.',
            effects: { meters: { unity: 2 } },
            next: 'news',
            ...cite,
          },
          {
            id: 'press-again',
            label: 'Press again',
            consequence: 'Pressing again raised risk.',
            when: { chose: 'press' },
            effects: { meters: { risk: 3 } },
            next: 'opening',
            ...cite,
          },
        ],
      },
      {
        id: 'news',
        kind: 'event',
        title: 'News',
        text: 'News text.',
        ...cite,
        outcomes: [
          {
            id: 'calm',
            label: 'Calm',
            consequence: 'Things calmed.',
            weight: 3,
            effects: { meters: { risk: -1 } },
            next: 'summit',
            ...cite,
          },
          {
            id: 'storm',
            label: 'Storm',
            consequence: 'A storm hit.',
            weight: 1,
            effects: { meters: { risk: 4 } },
            next: 'summit',
            ...cite,
          },
        ],
      },
      {
        id: 'summit',
        kind: 'decision',
        title: 'Summit',
        text: 'Summit text.',
        ...cite,
        choices: [
          {
            id: 'invite',
            label: 'Invite',
            consequence: 'An invitation was put forward.',
            next: 'deal',
            ...cite,
          },
          { id: 'delay', label: 'Delay', consequence: 'The decision was put off.', next: 'stall', ...cite },
        ],
      },
      ending('deal', {
        all: [
          { meter: 'unity', atLeast: 7 },
          { flag: 'pushed', is: false },
        ],
      }),
      ending('crisis', { meter: 'risk', atLeast: 9 }),
      ending('stall'),
    ],
  };
}

function ending(id: string, when?: TCondition) {
  return {
    id,
    kind: 'ending' as const,
    title: `Ending ${id}`,
    text: `Ending text ${id}.`,
    ...(when ? { when } : {}),
    ...cite,
    debrief: {
      inReality: `In reality ${id}.`,
      record: [{ claim: 'fact' as const, text: `Record ${id}.`, sources: ['article#p2'] }],
    },
  };
}

export function fixtureScenario(changes: (input: TScenarioInput) => void = () => {}): TScenario {
  const input = fixtureInput();
  changes(input);
  return ZScenario.parse(input);
}
