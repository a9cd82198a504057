export { matchNearestNeighbour, type NearestNeighbourOptions } from "./match-nearest-neighbour.js";
export { propensityLogits } from "./propensity-logits.js";
export { standardizedDifference } from "./standardized-difference.js";
export { whitenRows } from "./whiten-rows.js";
