/** The facts ledger (model v3): dated, sourced figures, the contracts read from them, and how the model is compared with them. */
export { facts } from './ledger';
export { LAB_CONTRACTS, NEOCLOUD_LEASES } from './contracts';
export type { PairContracts, ContractRow } from './contracts';
export type { Fact, FactClass, FactCompare, FactSource, FactUnit, ContractTerms } from './types';
export { fitSummary } from './fit-summary';
export type { FitSummary, FitMove } from './fit-summary';
