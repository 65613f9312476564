import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateCondition } from '@/lib/scenario/conditions';
import { availableChoices } from '@/lib/scenario/engine';
import { loadScenarios } from '@/lib/scenario/loader';
import { toPublicRunView } from '@/lib/scenario/public-view';
import { conditionContext } from '@/lib/scenario/transition';
import { listScenarioProse } from '@/lib/scenario/scenario-prose';
import type { TScenario } from '@/lib/scenario/schema';
import type { TRunState } from '@/lib/scenario/state';
import { walk } from './walk';

const scenarios = [...loadScenarios().values()].map((loaded) => loaded.scenario);

/** Keys that would carry branch logic, effects or RNG internals to the browser. */
const FORBIDDEN_KEYS = [
  'effects',
  'next',
  'goto',
  'if',
  'when',
  'weight',
  'outcomes',
  'atLeast',
  'atMost',
  'rngState',
  'flags',
];

/** Texts and ids the player has legitimately seen or may see now, derived from content and state. */
function visibleToPlayer(state: TRunState, scenario: TScenario): { texts: string[]; ids: Set<string> } {
  const texts = [
    scenario.title,
    scenario.role,
    scenario.briefing,
    ...scenario.meters.flatMap((m) => [m.label, m.description]),
  ];
  const ids = new Set<string>([...scenario.meters.map((m) => m.id), ...scenario.sources]);
  const nodes = new Map(scenario.nodes.map((n) => [n.id, n]));
  for (const entry of state.log) {
    const node = nodes.get(entry.nodeId);
    if (!node || node.kind === 'ending') continue;
    texts.push(node.title, node.text);
    ids.add(node.id);
    const made =
      node.kind === 'decision'
        ? node.choices.find((c) => c.id === entry.choiceId)
        : node.outcomes.find((o) => o.id === entry.outcomeId);
    if (made) texts.push(made.label, made.consequence);
  }
  const current = nodes.get(state.nodeId);
  if (current) {
    ids.add(current.id);
    texts.push(current.title, current.text);
    if (current.kind === 'ending') {
      texts.push(current.debrief.inReality, ...current.debrief.record.map((r) => r.text));
      // Path notes are visible only to runs whose path meets their condition.
      const context = conditionContext(state);
      for (const note of current.debrief.pathNotes)
        if (evaluateCondition(note.when, context)) texts.push(note.text);
      if (current.debrief.assumption) texts.push(current.debrief.assumption);
    }
  }
  for (const choice of availableChoices(state, scenario)) {
    ids.add(choice.id);
    texts.push(choice.label);
  }
  return { texts, ids };
}

function collect(value: unknown, keys: Set<string>, strings: Set<string>): void {
  if (typeof value === 'string') strings.add(value);
  else if (Array.isArray(value)) value.forEach((v) => collect(v, keys, strings));
  else if (value && typeof value === 'object')
    for (const [key, v] of Object.entries(value)) {
      keys.add(key);
      collect(v, keys, strings);
    }
}

describe.each(scenarios.map((s) => [s.slug, s] as const))('public view of %s', (_slug, scenario) => {
  const allIds = new Set(
    scenario.nodes.flatMap((n) => [
      n.id,
      ...(n.kind === 'decision' ? n.choices.map((c) => c.id) : []),
      ...(n.kind === 'event' ? n.outcomes.map((o) => o.id) : []),
    ]),
  );

  it('never contains unreached text, effects, conditions, targets or unseen ids', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 0xffffffff }),
        fc.array(fc.nat(), { minLength: 1, maxLength: scenario.maxSteps }),
        fc.nat({ max: scenario.maxSteps }),
        (seed, picks, stopAfter) => {
          const states = walk(scenario, seed, picks, stopAfter);
          const state = states[states.length - 1];
          if (!state) throw new Error('walk returned no state');
          const view = toPublicRunView(state, scenario);
          const json = JSON.stringify(view);
          const visible = visibleToPlayer(state, scenario);

          for (const { text } of listScenarioProse(scenario)) {
            // A text that also occurs inside something visible cannot be told apart; skip those.
            if (visible.texts.some((v) => v.includes(text))) continue;
            expect(json.includes(JSON.stringify(text).slice(1, -1)), `leaked: ${text}`).toBe(false);
          }
          const keys = new Set<string>();
          const strings = new Set<string>();
          collect(JSON.parse(json), keys, strings);
          for (const key of FORBIDDEN_KEYS) expect(keys.has(key), `key "${key}" in public view`).toBe(false);
          for (const value of strings)
            if (allIds.has(value))
              expect(visible.ids.has(value), `unseen id "${value}" in public view`).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('shows the current node, the available choices, the log with consequences, and the ending once reached', () => {
    const states = walk(scenario, 11, [0, 1, 2]);
    const middle = states[3];
    const final = states[states.length - 1];
    if (!middle || !final) throw new Error('walk too short');

    const during = toPublicRunView(middle, scenario);
    const node = scenario.nodes.find((n) => n.id === middle.nodeId);
    expect(during.node?.text).toBe(node?.text);
    expect(during.choices).toEqual(availableChoices(middle, scenario));
    expect(during.log).toHaveLength(3);
    expect(during.log.every((e) => e.consequence.length > 0)).toBe(true);
    expect(during.ending).toBeNull();
    expect(during.meters.map((m) => [m.id, m.value])).toEqual(
      scenario.meters.map((m) => [m.id, middle.meters[m.id]]),
    );

    const after = toPublicRunView(final, scenario);
    const ending = scenario.nodes.find((n) => n.id === final.nodeId);
    expect(after.node).toBeNull();
    expect(after.choices).toEqual([]);
    expect(after.ending?.title).toBe(ending?.title);
    expect(after.ending?.debrief.record.length).toBeGreaterThan(0);
    expect(after.ending?.cutOff).toBe(false);
  });
});
