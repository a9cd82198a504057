export type { DosingRegimen, DosingRoute, ScheduledDose, TitrationStep } from "./dosing-regimen.js";
export { expandRegimen } from "./expand-regimen.js";
export { drawAdherence, isDoseTaken, type AdherenceModel, type PatientAdherence } from "./adherence.js";
