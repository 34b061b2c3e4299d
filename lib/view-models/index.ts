/** View models: small pure functions from engine results to what charts, cards and tables draw. */
export * from './chart-model';
export * from './cloud-series';
export * from './family-series';
export * from './silicon';
export * from './commitments';
export * from './headline';
export * from './thesis';
export * from './controls';
export * from './axis';
export * from './economics';
export * from './calibration';
export * from './working';
export * from './uncertainty';
export * from './compare';
export * from './chart-registry';
