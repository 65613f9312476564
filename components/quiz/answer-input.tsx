import type { TPublicQuestion } from '@/lib/content/public-question';
import { MultiChoice, NumericAnswer, SingleChoice, TrueFalseChoice } from './choice-inputs';
import type { TDraft } from './draft';
import { MatchingInput } from './matching-input';
import { OrderingInput } from './ordering-input';

type Props = {
  question: TPublicQuestion;
  draft: TDraft;
  /** The answer is final or being sent: controls stay focusable but ignore changes. */
  locked: boolean;
  onChange: (d: TDraft) => void;
};

/** The right control for each question type; every one is usable by keyboard alone. */
export function AnswerInput({ question: q, draft: d, locked, onChange }: Props) {
  const name = `q-${q.id}`;
  if ((q.type === 'single' || q.type === 'multi') && d.type === q.type) {
    return d.type === 'single' ? (
      <SingleChoice
        name={name}
        locked={locked}
        options={q.options}
        value={d.optionId}
        onChange={(optionId) => onChange({ type: 'single', optionId })}
      />
    ) : (
      <MultiChoice
        name={name}
        locked={locked}
        options={q.options}
        value={d.optionIds}
        onChange={(optionIds) => onChange({ type: 'multi', optionIds })}
      />
    );
  }
  if (q.type === 'true-false' && d.type === 'true-false')
    return (
      <TrueFalseChoice
        name={name}
        locked={locked}
        value={d.value}
        onChange={(value) => onChange({ type: 'true-false', value })}
      />
    );
  if (q.type === 'ordering' && d.type === 'ordering')
    return (
      <OrderingInput
        items={q.items}
        order={d.itemIds}
        locked={locked}
        onChange={(itemIds) => onChange({ type: 'ordering', itemIds })}
      />
    );
  if (q.type === 'matching' && d.type === 'matching')
    return (
      <MatchingInput
        name={name}
        lefts={q.lefts}
        rights={q.rights}
        matches={d.matches}
        locked={locked}
        onChange={(matches) => onChange({ type: 'matching', matches })}
      />
    );
  if (q.type === 'numeric' && d.type === 'numeric')
    return (
      <NumericAnswer
        name={name}
        locked={locked}
        unit={q.unit}
        value={d.text}
        onChange={(text) => onChange({ type: 'numeric', text })}
      />
    );
  return null;
}
