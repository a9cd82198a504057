export type { AttritionStep, CategoryColumn, Cohort, CohortColumn, EligibleCohort } from "./cohort.js";
export { applyEligibility, describeCriterion } from "./eligibility.js";
export { cellValue } from "./cell-value.js";
export { parseCohort } from "./parse-cohort.js";
export { loadCohort, resolveCohortPath, type LoadedCohort } from "./load-cohort.js";
export { requireComplete, type RequiredColumn } from "./require-complete.js";
