import type { TQuestion } from '@/lib/content/question-schema';
import type { TCorrectAnswer } from '@/lib/quiz/correct-answer';
import type { TResponse } from '@/lib/quiz/response-schema';

/** Answers as short lines of text for the results page (which shows them after submission only). */

export function describeResponse(question: TQuestion, response: TResponse): string[] {
  const textOf = (id: string): string => {
    if (question.type === 'single' || question.type === 'multi')
      return question.options.find((o) => o.id === id)?.text ?? id;
    if (question.type === 'ordering') return question.items.find((i) => i.id === id)?.text ?? id;
    if (question.type === 'matching') {
      const pair = question.pairs.find((p) => p.left.id === id || p.right.id === id);
      return (pair?.left.id === id ? pair.left.text : pair?.right.text) ?? id;
    }
    return id;
  };
  switch (response.type) {
    case 'single':
      return [textOf(response.optionId)];
    case 'multi':
      return response.optionIds.map(textOf);
    case 'true-false':
      return [response.value ? 'True' : 'False'];
    case 'ordering':
      return response.itemIds.map((id, i) => `${i + 1}. ${textOf(id)}`);
    case 'matching':
      return Object.entries(response.matches).map(([left, right]) => `${textOf(left)} → ${textOf(right)}`);
    case 'numeric':
      return [`${response.value}${question.type === 'numeric' ? ` ${question.unit}` : ''}`];
  }
}

export function describeCorrect(answer: TCorrectAnswer): string[] {
  switch (answer.type) {
    case 'single':
      return [answer.option.text];
    case 'multi':
      return answer.options.map((o) => o.text);
    case 'true-false':
      return [answer.value ? 'True' : 'False'];
    case 'ordering':
      return answer.items.map((item, i) => `${i + 1}. ${item.text}`);
    case 'matching':
      return answer.pairs.map((p) => `${p.left.text} → ${p.right.text}`);
    case 'numeric':
      return [answer.text];
  }
}
