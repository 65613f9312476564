import type { TRoundSummary } from '@/lib/live/distribution';

type Props = {
  title: string;
  summary: Pick<TRoundSummary, 'answered' | 'bars'>;
  correctBarIds: string[] | null;
};

const percent = (n: number, of: number) => (of === 0 ? 0 : Math.round((n / of) * 100));

/**
 * The vote as a bar chart that is also its own text alternative: a table whose rows carry the
 * label, the count and the percentage in words; the bar is decoration. Right answers are marked in
 * text ("right answer") and by a pattern, never by colour alone.
 */
export function VoteChart({ title, summary, correctBarIds }: Props) {
  return (
    <figure className="space-y-2">
      <table className="w-full border-collapse text-left">
        <caption className="text-left text-2xl font-semibold">
          {title}: {summary.answered} {summary.answered === 1 ? 'vote' : 'votes'}
        </caption>
        <tbody>
          {summary.bars.map((bar) => {
            const right = correctBarIds?.includes(bar.id) ?? false;
            const share = percent(bar.count, summary.answered);
            return (
              <tr key={bar.id} className="align-middle">
                <th scope="row" className="w-2/5 py-2 pr-4 font-medium">
                  {bar.label}
                  {right ? <span className="ml-2 font-bold">✓ right answer</span> : null}
                </th>
                <td className="w-2/5 py-2 pr-4" aria-hidden="true">
                  <div className="h-8 w-full rounded bg-panel">
                    <div
                      className="h-8 rounded border-2 border-ink"
                      style={{
                        width: `${share}%`,
                        background: right
                          ? 'repeating-linear-gradient(45deg, var(--color-ink) 0 6px, var(--color-paper) 6px 12px)'
                          : 'var(--color-accent)',
                      }}
                    />
                  </div>
                </td>
                <td className="py-2 text-right font-mono">
                  {bar.count} ({share}%)
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </figure>
  );
}
