/**
 * The scenario module's stable API for the web layer. The run state is plain JSON (`ZRunState`
 * parses it back from the database); record `version` from the loaded scenario with each run.
 */
export { loadScenarios, getScenario, type TLoadedScenario } from './loader';
export { startState, applyChoice, availableChoices, replay, type TApplyError } from './engine';
export {
  toPublicRunView,
  type TPublicRunView,
  type TPublicMeter,
  type TPublicLogEntry,
  type TPublicEnding,
} from './public-view';
export { ZRunState, type TRunState } from './state';
export type { TScenario } from './schema';
