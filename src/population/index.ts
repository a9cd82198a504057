export type { CategoricalCovariate, CovariateTable, NumericCovariate, VirtualPopulation } from "./covariate-table.js";
export { growPopulation, type GrowOptions, type PopulationMethod } from "./grow-population.js";
export { planSmoothing, type ColumnSmoothing } from "./smoothing-plan.js";
export { silvermanBandwidth } from "./silverman-bandwidth.js";
export type { AttritionStep, CategoryColumn, Cohort, CohortColumn, ColumnDeclaration, EligibleCohort, PatientObservations } from "./cohort-data.js";
export { compileDerivedCovariates, deriveValue, type DerivedCovariate } from "./derived-covariates.js";
