import { z } from 'zod';
import type { TConfidence } from '@/lib/quiz/confidence';
import { ZResponse, type TResponse } from '@/lib/quiz/response-schema';
import type { TAttemptMode, TAttemptState } from '@/lib/quiz/attempt-types';

/** Conversions between stored columns (JSON text, upper-case codes) and the app's types. */

const ZOrder = z.array(z.string());

export function questionOrderOf(row: { questionOrder: string }): string[] {
  const parsed = ZOrder.safeParse(JSON.parse(row.questionOrder));
  return parsed.success ? parsed.data : [];
}

export function parseStoredAnswer(text: string): TResponse | null {
  try {
    const parsed = ZResponse.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * One text per meaning: matching keys sorted, so "the same answer" compares equal however the
 * browser happened to order the object's keys.
 */
export function canonicalAnswer(response: TResponse): string {
  if (response.type !== 'matching') return JSON.stringify(response);
  const matches = Object.fromEntries(
    Object.entries(response.matches).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  return JSON.stringify({ type: 'matching', matches });
}

export function confidenceToDb(confidence: TConfidence): string | null {
  return confidence === 'sure' ? 'SURE' : confidence === 'not-sure' ? 'NOT_SURE' : null;
}

export function confidenceFromDb(value: string | null): TConfidence {
  return value === 'SURE' ? 'sure' : value === 'NOT_SURE' ? 'not-sure' : null;
}

export const modeFromDb = (mode: string): TAttemptMode => (mode === 'TEST' ? 'test' : 'practice');
export const modeToDb = (mode: TAttemptMode): string => (mode === 'test' ? 'TEST' : 'PRACTICE');

export function stateFromDb(state: string): TAttemptState {
  return state === 'SUBMITTED' || state === 'ABANDONED' ? state : 'IN_PROGRESS';
}
