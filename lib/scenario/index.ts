/** Scenario links: the URL codec's public API. Pure TypeScript, built on the engine's parameter registry. */
export { SCHEMA_VERSION, DEFAULT_VIEW, VIEW_IDS, RESERVED_KEYS, isViewId, isTrackingKey } from './schema';
export type { ViewId } from './schema';
export {
  decodeScenarioWith,
  encodeScenario,
  canonicalQuery,
  baseScenarioFor,
  upgradeLinkQuery,
  encodeBaseline,
  readBaselineValue,
  readColumnValues,
  columnLetter,
  MAX_COMPARE_COLUMNS,
  parseSimulationSetting,
  serializeSimulationSetting,
  encodeSlide,
  readStoryValues,
  MAX_SLIDES,
  MAX_SLIDE_TITLE,
  MAX_SLIDE_NOTE,
} from './codec';
export type { DecodedLink, EncodeOptions, SchemaOptions, Baseline, Focus, Slide, SlideContext } from './codec';
export { DEFAULT_SLIDE_CONTEXT } from './codec';
export { DEFAULT_FOCUS } from './codec';
export { parseParameterValue, serializeParameterValue, MAX_VALUE_LENGTH } from './parse-value';
export type { ParsedValue } from './parse-value';
export { decodeScenario } from './decode';
export { migrations } from './migrations';
export type { Migration, LinkParams } from './migrations';
export { formatSetting } from './messages';
export { imageLinkQuery } from './canonical';
export { MAX_LISTED_PROBLEMS, listedProblems } from './problem-list';
export { distinctNames, presetLabel, scenarioName, type NamedScenario } from './name';
