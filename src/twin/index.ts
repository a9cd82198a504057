export { fitTwinModels } from "./fit-twin-model.js";
export type { TwinCoefficient, TwinEstimates, TwinHazardRatio, TwinModelFit, TwinModelKind, TwinOutcomes } from "./twin-model-fit.js";
