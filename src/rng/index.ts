export { RNG_ALGORITHM, STREAM_KEY_VERSION, streamFor } from "./stream.js";
export type { Rng, StreamKeyPart } from "./stream.js";
export { normalQuantile } from "./normal-quantile.js";
export { drawBernoulli, drawIndex, drawStandardNormal } from "./draw.js";
