import {
  availableChoices,
  applyChoice,
  getScenario,
  startState,
  type TRunState,
  type TScenario,
} from '@/lib/scenario';
import type { SessionUser } from '@/lib/dal/users';
import type { Db } from '@/lib/db/client';

/** Helpers shared by the runs integration suites (not a test file: vitest picks up *.test.ts only). */

let counter = 0;
export async function createStudent(db: Db, role: 'STUDENT' | 'TEACHER' = 'STUDENT'): Promise<SessionUser> {
  counter += 1;
  const user = await db.user.create({
    data: {
      displayName: `Player ${counter}`,
      username: `player-${Date.now()}-${counter}`,
      passwordHash: 'unused',
      role,
    },
  });
  return { id: user.id, displayName: user.displayName, role, sessionVersion: 0, mustChangePassword: false };
}

export function scenario(slug: string): TScenario {
  const loaded = getScenario(slug);
  if (!loaded) throw new Error(`scenario ${slug} missing`);
  return loaded.scenario;
}

/**
 * Finds choice ids that lead, from this seed, to a decision node offering a choice whose condition
 * does not hold: the engine is pure, so the test can look ahead without touching the database.
 */
export function pathToUnavailableChoice(
  s: TScenario,
  seed: number,
): { path: string[]; choiceId: string } | null {
  const search = (state: TRunState, path: string[]): { path: string[]; choiceId: string } | null => {
    if (state.ended || path.length >= s.maxSteps) return null;
    const node = s.nodes.find((n) => n.id === state.nodeId);
    const available = availableChoices(state, s).map((c) => c.id);
    if (node?.kind === 'decision') {
      const hidden = node.choices.find((c) => !available.includes(c.id));
      if (hidden) return { path, choiceId: hidden.id };
    }
    for (const id of available) {
      const next = applyChoice(state, id, s);
      const found = next.ok ? search(next.state, [...path, id]) : null;
      if (found) return found;
    }
    return null;
  };
  return search(startState(s, seed), []);
}
