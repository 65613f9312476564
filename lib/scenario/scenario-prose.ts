import type { TScenario } from './schema';

/** Every piece of prose a player can read, with where it sits, for the no-copy rule and reviews. */
export function listScenarioProse(scenario: TScenario): { where: string; text: string }[] {
  const prose: { where: string; text: string }[] = [
    { where: 'title', text: scenario.title },
    { where: 'role', text: scenario.role },
    { where: 'briefing', text: scenario.briefing },
    ...scenario.meters.flatMap((m) => [
      { where: `meter "${m.id}" label`, text: m.label },
      { where: `meter "${m.id}" description`, text: m.description },
    ]),
  ];
  for (const node of scenario.nodes) {
    const at = `${node.kind === 'ending' ? 'ending' : 'node'} "${node.id}"`;
    prose.push({ where: `${at} title`, text: node.title }, { where: `${at} text`, text: node.text });
    const steps = node.kind === 'decision' ? node.choices : node.kind === 'event' ? node.outcomes : [];
    for (const step of steps) {
      const stepAt = `${at} ${node.kind === 'decision' ? 'choice' : 'outcome'} "${step.id}"`;
      prose.push(
        { where: `${stepAt} label`, text: step.label },
        { where: `${stepAt} consequence`, text: step.consequence },
      );
    }
    if (node.kind === 'ending') {
      prose.push({ where: `${at} debrief`, text: node.debrief.inReality });
      node.debrief.pathNotes.forEach((note, i) =>
        prose.push({ where: `${at} debrief path note ${i + 1}`, text: note.text }),
      );
      if (node.debrief.assumption)
        prose.push({ where: `${at} debrief assumption`, text: node.debrief.assumption });
      node.debrief.record.forEach((claim, i) =>
        prose.push({ where: `${at} debrief record ${i + 1}`, text: claim.text }),
      );
    }
  }
  return prose;
}
