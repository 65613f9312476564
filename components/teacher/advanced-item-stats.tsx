import type { TQuizAnalyticsView } from '@/lib/analytics/class-analytics-view';
import { decimal, percent } from './share-bars';

type Quiz = TQuizAnalyticsView;

/** The psychometric terms, kept for assessment leads and behind a disclosure for everyone else. */
export function AdvancedItemStats({ quiz, prompt }: { quiz: Quiz; prompt: (id: string) => string }) {
  return (
    <details className="rounded-lg border border-line p-3">
      <summary className="cursor-pointer font-medium">
        Advanced statistics (facility and discrimination)
      </summary>
      <div className="mt-3 space-y-3">
        <p className="text-sm">
          Facility is the mean score on the question (the “% correct” above). Discrimination r is the
          correlation of the question score with the score on the rest of the quiz; D is the mean score of the
          top 27% minus the bottom 27% by rest score. Around 0.2 or more means the question separates pupils
          who understand from those who do not; below 0 suggests a problem with the question.
        </p>
        <div className="relative overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">Facility and discrimination for {quiz.title}</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-1 pr-3">
                  Question
                </th>
                <th scope="col" className="py-1 pr-3">
                  Facility
                </th>
                <th scope="col" className="py-1 pr-3">
                  r
                </th>
                <th scope="col" className="py-1">
                  D
                </th>
              </tr>
            </thead>
            <tbody>
              {quiz.items.map((it, i) => (
                <tr key={it.questionId} className="border-b border-line align-top">
                  <th scope="row" className="py-1 pr-3 font-normal">
                    Q{i + 1}. {prompt(it.questionId)}
                  </th>
                  <td className="py-1 pr-3">{percent(it.facility)}</td>
                  <td className="py-1 pr-3">{decimal(it.pointBiserial)}</td>
                  <td className="py-1">{decimal(it.upperLowerIndex)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </details>
  );
}
