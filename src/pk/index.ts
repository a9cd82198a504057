export type { DoseEvent } from "./dose-event.js";
export { buildRegularSchedule } from "./regular-schedule.js";
export type { RegularScheduleOptions } from "./regular-schedule.js";
export { concentrationsAt } from "./one-compartment-oral.js";
export type { OneCompartmentOralParameters } from "./one-compartment-oral.js";
export { summariseExposure } from "./exposure-metrics.js";
export type { ExposureMetrics } from "./exposure-metrics.js";
// Added by another engineer in src/pk (used by src/trial/individual-pk.ts).
export { lognormalOmega } from "./lognormal-omega.js";
export { powerCovariateFactor } from "./power-covariate.js";
