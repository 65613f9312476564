import { describe, expect, it } from 'vitest';
import { MAX_MATCHES, MAX_ORDERED_ITEMS, ZResponse } from '@/lib/quiz/response-schema';

const ok = (value: unknown) => ZResponse.safeParse(value).success;

describe('ZResponse', () => {
  it('accepts one well-formed response of each type', () => {
    expect(ok({ type: 'single', optionId: 'art5' })).toBe(true);
    expect(ok({ type: 'multi', optionIds: ['a', 'b'] })).toBe(true);
    expect(ok({ type: 'true-false', value: false })).toBe(true);
    expect(ok({ type: 'ordering', itemIds: ['a', 'b', 'c'] })).toBe(true);
    expect(ok({ type: 'matching', matches: { a: 'x', b: 'y' } })).toBe(true);
    expect(ok({ type: 'numeric', value: -3.5 })).toBe(true);
  });

  it('leaves empty answers to the grader, which names them', () => {
    expect(ok({ type: 'multi', optionIds: [] })).toBe(true);
    expect(ok({ type: 'matching', matches: {} })).toBe(true);
  });

  it('bounds list and record sizes', () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `i${i}`);
    expect(ok({ type: 'multi', optionIds: ids(8) })).toBe(true);
    expect(ok({ type: 'multi', optionIds: ids(9) })).toBe(false);
    expect(ok({ type: 'ordering', itemIds: ids(MAX_ORDERED_ITEMS) })).toBe(true);
    expect(ok({ type: 'ordering', itemIds: ids(MAX_ORDERED_ITEMS + 1) })).toBe(false);
    const record = (n: number) => Object.fromEntries(ids(n).map((id) => [id, id]));
    expect(ok({ type: 'matching', matches: record(MAX_MATCHES) })).toBe(true);
    expect(ok({ type: 'matching', matches: record(MAX_MATCHES + 1) })).toBe(false);
  });

  it('bounds id length', () => {
    expect(ok({ type: 'single', optionId: 'a'.repeat(100) })).toBe(true);
    expect(ok({ type: 'single', optionId: 'a'.repeat(101) })).toBe(false);
    expect(ok({ type: 'matching', matches: { ['a'.repeat(101)]: 'x' } })).toBe(false);
  });

  it('accepts only finite numbers of sane size', () => {
    expect(ok({ type: 'numeric', value: 1e12 })).toBe(true);
    expect(ok({ type: 'numeric', value: -1e12 - 1 })).toBe(false);
    expect(ok({ type: 'numeric', value: Number.NaN })).toBe(false);
    expect(ok({ type: 'numeric', value: Number.NEGATIVE_INFINITY })).toBe(false);
  });

  it('rejects extra keys, so a response cannot smuggle fields through', () => {
    expect(ok({ type: 'true-false', value: true, score: 1 })).toBe(false);
  });
});
