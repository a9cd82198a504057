export { emaxEffect, type EmaxParameters } from "./emax.js";
export { changeFromBaseline, type ChangeTerms } from "./change-from-baseline.js";
