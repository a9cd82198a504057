export type { CategoricalCovariate, CovariateTable, NumericCovariate, VirtualPopulation } from "./covariate-table.js";
export { growPopulation, type GrowOptions, type PopulationMethod } from "./grow-population.js";
export { planSmoothing, type ColumnSmoothing } from "./smoothing-plan.js";
export { silvermanBandwidth } from "./silverman-bandwidth.js";
