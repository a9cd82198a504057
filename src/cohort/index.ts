export type { AttritionStep, CategoryColumn, Cohort, CohortColumn, EligibleCohort, PatientObservations } from "../population/index.js";
export { applyEligibility, describeCriterion } from "./eligibility.js";
export { cellValue } from "./cell-value.js";
export { parseCohort } from "./parse-cohort.js";
export { deriveColumns } from "./derive-columns.js";
export { loadCohort, resolveCohortPath, type LoadedCohort } from "./load-cohort.js";
export { requireComplete, type RequiredColumn } from "./require-complete.js";
export { readObservedOutcomes, type ObservedArm, type ObservedTimeToEvent } from "./read-observed-outcomes.js";
