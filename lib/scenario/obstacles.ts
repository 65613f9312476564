/**
 * The obstacles a scenario can model. They are the topic ids used across the app, so a scenario
 * node and a quiz question about the same obstacle link to the same topic page.
 */
export const OBSTACLE_IDS = [
  'membership-path',
  'article-5-borders',
  'escalation-risk',
  'allied-consensus',
  'war-and-leverage',
  'accession-precedents',
] as const;

export type TObstacleId = (typeof OBSTACLE_IDS)[number];
