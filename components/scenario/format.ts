/** "higher is better" / "lower is better": meters never rely on colour to say which way is good. */
export function directionWords(good: 'high' | 'low'): string {
  return good === 'high' ? 'higher is better' : 'lower is better';
}

/** "up 1, better" / "down 2, worse": a meter change in words. */
export function changeWords(from: number, to: number, good: 'high' | 'low'): string {
  const delta = to - from;
  const better = delta > 0 === (good === 'high');
  return `${delta > 0 ? 'up' : 'down'} ${Math.abs(delta)}, ${better ? 'better' : 'worse'}`;
}
