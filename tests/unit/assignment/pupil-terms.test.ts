import { describe, expect, it } from 'vitest';
import { startRefusal } from '@/lib/assignment/assignment-rules';
import { isClosedForPupil, isLate, termsForPupil, termsView } from '@/lib/assignment/pupil-terms';

const due = new Date('2026-12-04T15:30:00Z');
const later = new Date('2026-12-08T15:30:00Z');
const quiz = { releaseAt: null, dueAt: due, maxAttempts: 2 };
const at = (iso: string) => new Date(iso);

describe('what applies to one pupil', () => {
  it('is this attempt late? after the pupil’s own due date, not at it', () => {
    const terms = termsForPupil(quiz, null);
    expect(isLate(terms, due)).toBe(false);
    expect(isLate(terms, at('2026-12-04T15:30:01Z'))).toBe(true);
    const extended = termsForPupil(quiz, { dueAt: later, extraAttempts: 0 });
    expect(isLate(extended, at('2026-12-06T09:00:00Z'))).toBe(false);
    expect(isLate(extended, at('2026-12-08T15:30:01Z'))).toBe(true);
    expect(isLate(termsForPupil({ ...quiz, dueAt: null }, null), at('2030-01-01T00:00:00Z'))).toBe(false);
  });

  it('may this pupil start another attempt? after the due date only with late work accepted or an extension', () => {
    const afterDue = at('2026-12-05T10:00:00Z');
    expect(startRefusal(termsForPupil(quiz, null), 0, afterDue)).toBe('past-due');
    expect(startRefusal(termsForPupil({ ...quiz, acceptLateWork: true }, null), 0, afterDue)).toBeNull();
    expect(startRefusal(termsForPupil(quiz, { dueAt: later, extraAttempts: 0 }), 0, afterDue)).toBeNull();
    expect(startRefusal(termsForPupil(quiz, { dueAt: later, extraAttempts: 0 }), 0, later)).toBe('past-due');
  });

  it('once a review-after-due test has opened its answers, a pupil who took it may not take it again', () => {
    const test = { ...quiz, maxAttempts: 3, feedbackMode: 'TEST_AFTER_DUE', acceptLateWork: true };
    const afterDue = at('2026-12-05T10:00:00Z');
    // Late work still lets a pupil who never took it start; one who did has seen the answers.
    expect(startRefusal(termsForPupil(test, null), 0, afterDue)).toBeNull();
    expect(startRefusal(termsForPupil(test, null), 1, afterDue)).toBe('answers-shown');
    expect(startRefusal(termsForPupil(test, null), 1, at('2026-12-03T10:00:00Z'))).toBeNull();
    // An extension does not hold the answers back from the class, so it does not reopen retakes.
    expect(startRefusal(termsForPupil(test, { dueAt: later, extraAttempts: 1 }), 1, afterDue)).toBe(
      'answers-shown',
    );
    // Other feedback modes show answers after each attempt anyway: retakes follow the attempt limit.
    expect(startRefusal(termsForPupil({ ...test, feedbackMode: 'TEST' }, null), 1, afterDue)).toBeNull();
  });

  it('extra attempts for one pupil raise only their limit; unlimited stays unlimited', () => {
    const before = at('2026-12-01T10:00:00Z');
    expect(startRefusal(termsForPupil(quiz, null), 2, before)).toBe('no-attempts-left');
    const one = termsForPupil(quiz, { dueAt: null, extraAttempts: 1 });
    expect(one.maxAttempts).toBe(3);
    expect(startRefusal(one, 2, before)).toBeNull();
    expect(startRefusal(one, 3, before)).toBe('no-attempts-left');
    expect(
      termsForPupil({ ...quiz, maxAttempts: null }, { dueAt: null, extraAttempts: 2 }).maxAttempts,
    ).toBeNull();
    // Late work accepted does not lift the attempt limit.
    expect(startRefusal(termsForPupil({ ...quiz, acceptLateWork: true }, null), 2, later)).toBe(
      'no-attempts-left',
    );
  });

  it('an open attempt closes at the pupil’s due date, never while late work is accepted', () => {
    expect(isClosedForPupil(termsForPupil(quiz, null), due)).toBe(true);
    expect(isClosedForPupil(termsForPupil(quiz, { dueAt: later, extraAttempts: 0 }), due)).toBe(false);
    expect(isClosedForPupil(termsForPupil({ ...quiz, acceptLateWork: true }, null), later)).toBe(false);
  });

  it('says what applies: the extension only when the date differs, extra attempts, late work', () => {
    expect(termsView(termsForPupil(quiz, null))).toEqual({
      extendedTo: null,
      extraAttempts: 0,
      acceptLateWork: false,
    });
    expect(
      termsView(termsForPupil({ ...quiz, acceptLateWork: true }, { dueAt: later, extraAttempts: 1 })),
    ).toEqual({
      extendedTo: later.toISOString(),
      extraAttempts: 1,
      acceptLateWork: true,
    });
    expect(termsView(termsForPupil(quiz, { dueAt: due, extraAttempts: 0 })).extendedTo).toBeNull();
  });
});
