export { solveOde, solveOdeWithStatistics, type OdeSolveStatistics } from "./solve-ode.js";
export { DEFAULT_MAX_STEPS, type OdeEvent, type OdeRightHandSide, type OdeTolerances, type SolveOdeOptions } from "./ode-problem.js";
export { buildRestartEvents } from "./restart-events.js";
export type { OdeDose, OdeModelDefinition } from "./ode-model-definition.js";
export { OdeModelError, type OdeModelProblem } from "../errors.js";
export { compileOdeModel, findOdeModelErrors, type CompiledOdeModel } from "./compile-ode-model.js";
export { simulateOdeModel, type OdeModelProfile, type SimulateOdeModelOptions } from "./simulate-ode-model.js";
export {
  DEFAULT_EXPOSURE_GRID_INTERVALS,
  summariseOdeExposure,
  type OdeExposureMetrics,
  type SummariseOdeExposureOptions,
} from "./summarise-ode-exposure.js";
