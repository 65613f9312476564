import { loadScenarios } from '@/lib/scenario/loader';
import { applyChoice, availableChoices, startState } from '@/lib/scenario/engine';
import { nextRandom } from '@/lib/scenario/random';
const slug = process.argv[2] ?? 'the-envoy';
const at = process.argv[3] ?? 'final-ask';
const { scenario } = loadScenarios().get(slug)!;
const hist: Record<string, Record<number, number>> = {};
let r = 12345;
for (let run = 0; run < 20000; run++) {
  let s = startState(scenario, run);
  while (!s.ended) {
    if (s.nodeId === at) { for (const [k, v] of Object.entries(s.meters)) { hist[k] ??= {}; hist[k][v] = (hist[k][v] ?? 0) + 1; } }
    const ch = availableChoices(s, scenario);
    const d = nextRandom(r); r = d.rngState;
    const res = applyChoice(s, ch[Math.floor(d.value * ch.length)]!.id, scenario);
    if (!res.ok) throw new Error();
    s = res.state;
  }
}
for (const [k, h] of Object.entries(hist)) console.log(k.padEnd(22), Array.from({ length: 11 }, (_, i) => String(Math.round(((h[i] ?? 0) / 20000) * 100)).padStart(3)).join(''));
