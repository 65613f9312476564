import type { TQuestion, TQuestionType } from './question-schema';
import { seededShuffle, seededShuffleAwayFromOriginal } from './seeded-shuffle';

/**
 * What a browser may see of a question before the student answers. Built field by field from an
 * allow-list (never by deleting keys), so a field added to the schema later stays server-side until
 * someone decides it is safe to show.
 */

export type TPublicChoice = { id: string; text: string };

type TPublicBase<T extends TQuestionType> = {
  id: string;
  type: T;
  prompt: string;
  topic: string;
  difficulty: 1 | 2 | 3;
  terms: string[];
};

export type TPublicQuestion =
  | (TPublicBase<'single' | 'multi'> & { options: TPublicChoice[] })
  | TPublicBase<'true-false'>
  | (TPublicBase<'ordering'> & { items: TPublicChoice[] })
  | (TPublicBase<'matching'> & { lefts: TPublicChoice[]; rights: TPublicChoice[] })
  | (TPublicBase<'numeric'> & { unit: string });

const choice = ({ id, text }: { id: string; text: string }): TPublicChoice => ({ id, text });

export function toPublicQuestion(q: TQuestion): TPublicQuestion {
  const base = { id: q.id, prompt: q.prompt, topic: q.topic, difficulty: q.difficulty, terms: [...q.terms] };
  switch (q.type) {
    case 'single':
    case 'multi':
      // Shuffled so that an author's habit (say, correct option first) cannot leak through position.
      return { ...base, type: q.type, options: seededShuffle(q.options.map(choice), `${q.id}:options`) };
    case 'true-false':
      return { ...base, type: q.type };
    case 'ordering':
      return {
        ...base,
        type: q.type,
        items: seededShuffleAwayFromOriginal(q.items.map(choice), `${q.id}:items`),
      };
    case 'matching':
      return {
        ...base,
        type: q.type,
        lefts: q.pairs.map((p) => choice(p.left)),
        // Rights never line up with their lefts in authored order, which would reveal the pairs.
        rights: seededShuffleAwayFromOriginal(
          q.pairs.map((p) => choice(p.right)),
          `${q.id}:rights`,
        ),
      };
    case 'numeric':
      return { ...base, type: q.type, unit: q.unit };
  }
}
