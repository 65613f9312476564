import { describe, expect, it } from 'vitest';
import { findDuplicateNames, withoutDuplicates } from '@/lib/roster/duplicate-names';

describe('duplicate names in a bulk list', () => {
  it('flags a name typed twice and a name already in the class, however it is spelt', () => {
    expect(
      findDuplicateNames(
        ['Ben Carter', 'Olena Kovalenko', 'ben  carter', 'Zoë Adams', 'Ira'],
        ['zoe adams', 'Taras'],
      ),
    ).toEqual([
      { name: 'Ben Carter', timesInList: 2, alreadyInClass: false },
      { name: 'Zoë Adams', timesInList: 1, alreadyInClass: true },
    ]);
  });

  it('finds nothing in a clean list', () => {
    expect(findDuplicateNames(['Pupil 1', 'Pupil 2'], ['Pupil 3'])).toEqual([]);
  });

  it('leaves out repeats and names already in the class, keeping the first spelling', () => {
    expect(withoutDuplicates(['Ben Carter', 'Ira', 'BEN CARTER', 'Taras'], ['taras'])).toEqual([
      'Ben Carter',
      'Ira',
    ]);
  });
});
