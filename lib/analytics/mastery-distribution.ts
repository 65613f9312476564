import { MASTERY_LEVELS, type TMasteryLevel } from '@/lib/mastery/mastery-rule';
import type { MasteryRow } from '@/lib/analytics/rows';
import { shareOf } from '@/lib/analytics/statistics';

export interface LevelCount {
  level: TMasteryLevel;
  count: number;
  /** count / students on the roster (0 for an empty roster). */
  share: number;
}

export interface TopicMasteryDistribution {
  topic: string;
  /** Students on the roster; the counts of every topic add up to it. */
  studentCount: number;
  /** One entry per level, lowest first, including levels nobody is at. */
  levels: LevelCount[];
}

export interface MasteryDistributionInput {
  /** The class roster: the population the shares are of. */
  studentIds: readonly string[];
  /** Topics to report, in display order. */
  topics: readonly string[];
  mastery: readonly MasteryRow[];
}

/**
 * How a class is spread over the mastery levels of each topic. A roster student with no row for
 * a topic has not answered anything on it, so counts as 'not-started'; rows of students not on
 * the roster (who left the class) are ignored so the counts always add up to the roster size.
 */
export function masteryDistribution({
  studentIds,
  topics,
  mastery,
}: MasteryDistributionInput): TopicMasteryDistribution[] {
  const roster = new Set(studentIds);
  const levelOf = new Map<string, TMasteryLevel>();
  for (const row of mastery) {
    if (roster.has(row.studentId)) levelOf.set(`${row.topic}\u0000${row.studentId}`, row.level);
  }
  return [...new Set(topics)].map((topic) => {
    const counts = new Map<TMasteryLevel, number>();
    for (const studentId of roster) {
      const level = levelOf.get(`${topic}\u0000${studentId}`) ?? 'not-started';
      counts.set(level, (counts.get(level) ?? 0) + 1);
    }
    return {
      topic,
      studentCount: roster.size,
      levels: MASTERY_LEVELS.map((level) => {
        const count = counts.get(level) ?? 0;
        return { level, count, share: shareOf(count, roster.size) };
      }),
    };
  });
}
