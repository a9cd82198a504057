export type { Dose, DoseRoute } from "./dose.js";
export type { LinearPkParameters } from "./linear-pk-parameters.js";
export { preparePkSystem } from "./pk-system.js";
export type { PkSystem } from "./pk-system.js";
export { concentrationsAt } from "./concentrations-at.js";
export { exposureBetween } from "./exposure-between.js";
export type { ExposureWindow, IntervalExposure } from "./exposure-between.js";
export { createConcentrationCourse, type ConcentrationCourse } from "./concentration-course.js";
export { aucBetween } from "./auc-between.js";
