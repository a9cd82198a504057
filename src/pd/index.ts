export { emaxEffect, type EmaxParameters } from "./emax.js";
export { changeFromBaseline, type ChangeTerms } from "./change-from-baseline.js";
export { computeLinearEffect } from "./linear-effect.js";
export { computeLogLinearEffect, DEFAULT_LOG_LINEAR_OFFSET } from "./log-linear-effect.js";
export { computeDirectEffect, type DirectEffectModel } from "./direct-effect.js";
export type { TimeCourse } from "./time-course.js";
export { DEFAULT_PD_TOLERANCES } from "./solve-scalar-ode.js";
export {
  simulateEffectCompartmentResponse,
  simulateEffectSiteConcentrations,
  type EffectCompartmentOptions,
} from "./effect-compartment.js";
export {
  buildIndirectResponseRate,
  describeIndirectResponse,
  isInhibitoryIndirectResponse,
  type IndirectResponseModel,
  type InhibitoryIndirectResponse,
  type StimulatoryIndirectResponse,
} from "./indirect-response.js";
export { simulateIndirectResponse, type IndirectResponseOptions } from "./simulate-indirect-response.js";
export { computeIndirectResponseSteadyState } from "./indirect-response-steady-state.js";
export {
  followNaturalCourse,
  simulateDiseaseProgression,
  type DiseaseDrugAction,
  type DiseaseProgressionOptions,
  type NaturalProgression,
} from "./disease-progression.js";
