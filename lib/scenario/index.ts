/**
 * The scenario module's stable API for the web layer. The run state is plain JSON (`ZRunState`
 * parses it back from the database); record `version` from the loaded scenario with each run.
 */
export { loadScenarios, getScenario, scenarioVersion, type TLoadedScenario } from './loader';
export {
  startState,
  applyChoice,
  availableChoices,
  replay,
  type TAvailableChoice,
  type TApplyError,
  type TApplyResult,
  type TReplayResult,
} from './engine';
export {
  toPublicRunView,
  type TPublicRunView,
  type TPublicMeter,
  type TPublicLogEntry,
  type TPublicEnding,
} from './public-view';
export { ZRunState, type TRunState, type TLogEntry } from './state';
export { CONTINUE_CHOICE_ID, type TScenario } from './schema';
export { OBSTACLE_IDS, type TObstacleId } from './obstacles';
