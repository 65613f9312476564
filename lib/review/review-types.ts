import type { TPublicQuestion } from '@/lib/content/public-question';
import type { TFeedbackView } from '@/lib/quiz/attempt-types';

/** Review shapes shared with the browser (types only: no answer keys). */

export type TDueItem =
  | { id: string; kind: 'question'; version: string; question: TPublicQuestion }
  | { id: string; kind: 'term'; version: string; term: { id: string; term: string; definition: string } };

export type TReviewResult = { due: string; feedback: TFeedbackView | null };
