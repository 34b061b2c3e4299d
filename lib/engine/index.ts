/** The engine's public API. Pure TypeScript: no React, Next, zustand or nuqs (fenced by lint). */
export {
  YEARS,
  CLOUDS,
  HYPERSCALERS,
  FAMILIES,
  ARCHETYPES,
  CLOUD_LABELS,
  CLOUD_DESCRIPTIONS,
  HOSTED_LABELS,
  MARGIN_LABEL,
  COMPANY_LABELS,
  holderLabel,
  COMPANY_PROFIT_LABELS,
  FAMILY_LABELS,
  ARCHETYPE_LABELS,
  ARCHETYPE_DESCRIPTIONS,
  isFamilyId,
} from './ids';
export type { CloudId, FamilyId, ArchetypeId, HyperscalerId } from './ids';
export {
  parameters,
  parametersById,
  parametersByKey,
  getParameter,
  GROUPS,
  COMMITMENT_TERMS,
  commitmentTerms,
  STAKES,
  WEIGHT_GROUPS,
  possessive,
} from './parameters';
export type { ParameterSpec, NumberParameterSpec, EnumParameterSpec, EnumOption, ParameterGroup, ParameterUnit, Confidence } from './parameters';
export { defaultScenario, sanitizeScenario, validateValue, changedParameterIds, differingIds, formatParameterValue, scenarioKey } from './scenario';
export type { Scenario, ScenarioProblem, ProblemKind } from './scenario';
export { presets, applyPreset, getPreset } from './presets';
export type { Preset, PresetNote, ClaimStatus } from './presets';
export { evaluate } from './evaluate';
export { REVENUE_SHARE_CAP_FROM } from './steps';
export type { ScenarioResult, CloudResult, CloudCumulative, CommitmentResult, FamilyResult, MarginBridge } from './evaluate';
export { calibrationTable, compareFact } from './calibration';
export { ledgerCheck } from './ledger-check';
export type { LedgerCheckRow } from './ledger-check';
export { facts, LAB_CONTRACTS, NEOCLOUD_LEASES, fitSummary } from './facts';
export type { Fact, FactClass, FactCompare, FactSource, ContractTerms, PairContracts, FitSummary, FitMove } from './facts';
export type { CalibrationRow, CalibrationUnit } from './calibration';
export { MODEL_VERSION, MODEL_RELEASES } from './model-version';
export { MODEL_CHANGELOG } from './model-changelog';
export type { ModelChange } from './model-changelog';
export { winnerAnalysis, winnerWeights, hyperscalerLeader, leaderOn, thesisValue, revenueConcentration } from './winners';
export type { WinnerAnalysis, WinnerOutcome, CloudExposure, WinnerAnalysisOptions } from './winners';
export { methodSteps, SEED_ARTICLES } from './methodology';
export type { MethodStep } from './methodology';
export { seedClaims, claimsSetBy } from './seed-claims';
export type { ClaimWithFigures, SeedClaim, SeedClaimStatus } from './seed-claims';
export {
  simulate,
  createSimulation,
  sensitivity,
  switchingValues,
  importance,
  plausibleRange,
  uncertaintyInputs,
  MAX_SAMPLES,
  cumulativeMeasure,
  resolveSimulationSettings,
  compareOdds,
} from './uncertainty';
// Small declarations the codec and the first load need, apart from the Monte Carlo's code.
export {
  SIMULATION_SETTINGS,
  DEFAULT_SIMULATION_SETTINGS,
  PREVIEW_SAMPLES,
  UNCERTAIN_MEASURES,
  MEASURE_LABELS,
  THESIS_MEASURES,
  DEFAULT_THESIS_MEASURE,
  THESIS_MEASURE_LABELS,
  THESIS_MEASURE_SHORT_LABELS,
  isThesisMeasure,
} from './simulation-settings';
export type {
  SimulationResult,
  SimulationSamples,
  SimulationOptions,
  Simulation,
  Bands,
  Quantiles,
  Histogram,
  Odds,
  CloudSimulation,
  SensitivityRow,
  ImportanceRow,
  SwitchingValue,
  Conclusion,
  Probability,
  ThesisOdds,
  PairedOdds,
  CompareOddsOptions,
} from './uncertainty';
export { attribute, attributionGroups, MAX_GROUPS } from './attribution';
export type { Attribution, Contribution } from './attribution';
export type { SimulationSettings, SimulationSettingSpec, UncertainMeasure, ThesisMeasure } from './simulation-settings';
export { GROUP_DESCRIPTIONS } from './group-descriptions';
