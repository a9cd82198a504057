/** A function's value and derivative at one point. */
export interface ValueAndSlope {
  readonly value: number;
  readonly slope: number;
}

/** Brackets are searched up to this distance from the start (2¹⁰ = 1024 units). */
const MAX_BRACKET_DOUBLINGS = 10;
const MAX_ITERATIONS = 200;
/** A Newton step this small (relative to max(1, |x|)) leaves an error of about its square. */
const NEWTON_STEP_TOLERANCE = 1e-11;
/** A bracket this narrow (relative to max(1, |x|)) is at the resolution of doubles. */
const BRACKET_TOLERANCE = 4e-16;

/**
 * The root of a continuous increasing function on the real line, by Newton's method safeguarded
 * with bisection: a bracket [lower, upper] is found by doubling steps from `start`, then each
 * Newton step that would leave the bracket is replaced by bisection, so it always converges,
 * quadratically near the root. Stops when a Newton step falls under 1e-11·max(1, |x|) (the error
 * left is about its square) or the bracket reaches the resolution of doubles.
 *
 * Reference: Press, Teukolsky, Vetterling & Flannery (2007), Numerical Recipes, 3rd ed., §9.4
 * (`rtsafe`).
 *
 * @param evaluate the function's value and derivative at x
 * @param start where the search begins (a rough guess of the root)
 * @returns the root; NaN if no sign change lies within 1024 of the start
 * @example findIncreasingRoot((x) => ({ value: x * x * x - 8, slope: 3 * x * x }), 0) // 2
 */
export function findIncreasingRoot(evaluate: (x: number) => ValueAndSlope, start: number): number {
  const bracket = bracketRoot(evaluate, start);
  if (bracket === undefined) return Number.NaN;
  let { lower, upper } = bracket;
  let x = (lower + upper) / 2;
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration += 1) {
    const { value, slope } = evaluate(x);
    if (value === 0) return x;
    if (value < 0) lower = x;
    else upper = x;
    const newton = x - value / slope;
    const isNewtonInside = newton > lower && newton < upper;
    const next = isNewtonInside ? newton : (lower + upper) / 2;
    const scale = Math.max(1, Math.abs(x));
    if (isNewtonInside && Math.abs(next - x) <= NEWTON_STEP_TOLERANCE * scale) return next;
    if (upper - lower <= BRACKET_TOLERANCE * scale) return next;
    x = next;
  }
  return x;
}

/** An interval with f(lower) ≤ 0 ≤ f(upper), found by doubling steps away from start. */
function bracketRoot(
  evaluate: (x: number) => ValueAndSlope,
  start: number,
): { lower: number; upper: number } | undefined {
  const startValue = evaluate(start).value;
  if (startValue === 0) return { lower: start, upper: start };
  const direction = startValue < 0 ? 1 : -1;
  let near = start;
  for (let doubling = 0; doubling <= MAX_BRACKET_DOUBLINGS; doubling += 1) {
    const far = start + direction * 2 ** doubling;
    const farValue = evaluate(far).value;
    if (direction * farValue >= 0) return direction > 0 ? { lower: near, upper: far } : { lower: far, upper: near };
    near = far;
  }
  return undefined;
}
