export type { SweepField, SweepPoint, SweepValue } from "./sweep-field.js";
export { MAX_FIELD_VALUES, parseSweepPath, parseSweepValue, parseSweepValues, type Parsed } from "./parse-sweep-values.js";
export { gridSize, MAX_SWEEP_POINTS, sweepGrid } from "./sweep-grid.js";
export { hypothesisLabel, powerCurves, powersBelow, targetReached, type PointPower, type PointPowers, type PowerCurve, type TargetReached } from "./power-curves.js";
