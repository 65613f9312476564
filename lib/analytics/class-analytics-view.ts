import type { ItemAnalysis } from './item-analysis';
import type { ScenarioPathStats } from './scenario-paths';

/** One quiz assignment's item analysis as the teacher's analytics page shows it. */
export type TQuizAnalyticsView = {
  assignmentId: string;
  title: string;
  attemptCount: number;
  prompts: Record<string, string>;
  /** questionId → optionId → option text. */
  optionTexts: Record<string, Record<string, string>>;
  items: ItemAnalysis[];
};

/** One scenario assignment's path statistics, with the titles and labels to show them. */
export type TScenarioAnalyticsView = {
  assignmentId: string;
  title: string;
  nodeTitles: Record<string, string>;
  /** `${nodeId}/${choiceId}` → the choice's label. */
  choiceLabels: Record<string, string>;
  stats: ScenarioPathStats;
};
