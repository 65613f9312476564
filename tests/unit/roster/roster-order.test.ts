import { describe, expect, it } from 'vitest';
import { compareNames } from '@/lib/roster/name-order';
import { hasUnusedCard } from '@/lib/roster/unused-card';

describe('the roster as a teacher reads it', () => {
  it('sorts numbered names by number, not as text', () => {
    expect(['Pupil 10', 'pupil 2', 'Pupil 1', 'Ärne', 'Pupil 20'].sort(compareNames)).toEqual([
      'Ärne',
      'Pupil 1',
      'pupil 2',
      'Pupil 10',
      'Pupil 20',
    ]);
  });

  it('counts a card as unused only for a pupil this teacher made who has not chosen a password', () => {
    const made = { username: 'heron-1234', mustChangePassword: true, managedByTeacher: true };
    expect(hasUnusedCard(made)).toBe(true);
    expect(hasUnusedCard({ ...made, mustChangePassword: false })).toBe(false);
    expect(hasUnusedCard({ ...made, managedByTeacher: false })).toBe(false);
    expect(hasUnusedCard({ ...made, username: null })).toBe(false);
  });
});
