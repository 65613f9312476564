import { describe, expect, it } from 'vitest';
import { findCopiedRuns } from '@/lib/content/no-copy';
import { countSentences, countWords } from '@/lib/content/prose-rules';
import { fingerprintText, normaliseWords } from '@/lib/content/text-fingerprint';

describe('normaliseWords', () => {
  it('ignores case, curly quotes and punctuation, and keeps offsets into the original', () => {
    const words = normaliseWords('Ukraine’s “VICTORY plan”, 20%!');
    expect(words.map((w) => w.word)).toEqual(['ukraines', 'victory', 'plan', '20']);
    expect(words[1]).toMatchObject({ start: 11, end: 18 });
  });
});

describe('findCopiedRuns', () => {
  const digests = new Set(fingerprintText('one two three four five six seven eight nine ten'));

  it('finds a run of eight or more words, merged into one report with its line', () => {
    const runs = findCopiedRuns('intro\nOne, two; THREE four five six seven eight nine. After.', digests);
    expect(runs).toEqual([{ line: 2, excerpt: 'One, two; THREE four five six seven eight nine' }]);
  });

  it('allows seven shared words in a row', () => {
    expect(findCopiedRuns('one two three four five six seven and then something else', digests)).toEqual([]);
  });

  it('recognises the real article by default without the repository holding its text', () => {
    expect(
      findCopiedRuns('The alliance remains in close communication with Ukraine and other allies.'),
    ).toHaveLength(1);
    expect(findCopiedRuns('NATO keeps consulting Ukraine and the other allies about the plan.')).toEqual([]);
  });
});

describe('prose measures', () => {
  it('counts sentences without splitting on abbreviations', () => {
    expect(countSentences('The U.S. election was ahead. Allies waited.')).toBe(2);
    expect(countSentences('One sentence without a full stop')).toBe(1);
    expect(countSentences('')).toBe(0);
  });

  it('counts hyphenated words and percentages as single words', () => {
    expect(countWords('nuclear-armed Russia held about 20% of it')).toBe(7);
  });
});
