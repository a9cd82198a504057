// Virtual cohort workloads, one core: growing 10,000 patients from the real PBC table by each
// method, and the privacy check (distance to closest record) of 5,000 virtual × 400 real
// patients × 25 columns. Prints seconds per call (median of the caller's runs).
import { assessPrivacy, growPopulation, planSmoothing } from "../dist/population/index.js";
import { streamFor } from "../dist/rng/index.js";

/** A table of `rows` × `columns` numbers from a fixed linear congruential sequence, with a 3-level category. */
function syntheticTable(rows, columns) {
  let state = 12345;
  const next = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
  const numeric = Array.from({ length: columns }, (_, column) => ({ name: `x${column}`, values: Float64Array.from({ length: rows }, () => next() * 10 + column), continuous: true }));
  return { rowCount: rows, numeric, categorical: [{ name: "group", codes: Int32Array.from({ length: rows }, () => Math.floor(next() * 3)) }] };
}

function seconds(task) {
  const start = process.hrtime.bigint();
  task();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** Seconds to grow 10,000 patients from a 312 × 16 table (the size of pbc) by `method`. */
export function timeGrowth(method) {
  const table = syntheticTable(312, 15);
  const smoothing = planSmoothing(table);
  growPopulation({ table, method, size: 100, smoothing }, streamFor(1, [0, "warm-up"]));
  return seconds(() => growPopulation({ table, method, size: 10_000, smoothing }, streamFor(1, [1, "population"])));
}

/** Seconds of assessPrivacy for 5,000 virtual × 400 real patients × 25 columns. */
export function timePrivacy() {
  const table = syntheticTable(400, 24);
  const population = growPopulation({ table, method: "smoothed-bootstrap", size: 5000, smoothing: planSmoothing(table) }, streamFor(8, [1, "population"]));
  return seconds(() => assessPrivacy(table, population));
}
