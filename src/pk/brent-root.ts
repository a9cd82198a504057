/** An interval whose ends give values of opposite signs (or a zero). */
export interface RootBracket {
  readonly lower: number;
  readonly upper: number;
  /** f(lower). */
  readonly valueAtLower: number;
  /** f(upper). */
  readonly valueAtUpper: number;
  /** Absolute tolerance on the root (≥ 0); the search also stops within 2ε|x| (a few ulps). */
  readonly tolerance: number;
}

/** Bisection alone needs at most 2 · 1075 halvings to reach any double; a safety stop. */
const MAX_ITERATIONS = 2200;

/** The working triple of Brent's method: b the best estimate, c with f(c) of the other sign, a the previous b. */
interface BrentState {
  a: number;
  b: number;
  c: number;
  fa: number;
  fb: number;
  fc: number;
}

/**
 * A root of a continuous function inside a sign-changing bracket, by Brent's method
 * (zeroin): inverse quadratic or secant steps where they behave, bisection where they do not,
 * so it never does worse than bisection and converges superlinearly near a simple root. Stops
 * when the bracket is within tolerance / 2 + 2ε|x| of the estimate x (ε = 2⁻⁵²), or when f is
 * exactly 0.
 *
 * Reference: Brent, R. P. (1973). Algorithms for Minimization without Derivatives, ch. 4
 * (procedure zero); the netlib C translation zeroin.c.
 *
 * @param f the function, with f(lower) and f(upper) of opposite signs (or one of them 0)
 * @param bracket the ends, f at the ends, and the tolerance
 * @returns x with f(x) = 0 to within the tolerance
 * @example findRootByBrent((x) => x * x - 2, { lower: 0, upper: 2, valueAtLower: -2, valueAtUpper: 2, tolerance: 0 })
 * // 1.414213562373095 (√2 = 1.41421356237309504…, one ulp away: within 2ε|x|)
 */
export function findRootByBrent(f: (x: number) => number, bracket: RootBracket): number {
  const state: BrentState = {
    a: bracket.lower,
    b: bracket.upper,
    c: bracket.lower,
    fa: bracket.valueAtLower,
    fb: bracket.valueAtUpper,
    fc: bracket.valueAtLower,
  };
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    const previousStep = state.b - state.a;
    if (Math.abs(state.fc) < Math.abs(state.fb)) {
      // Keep b the better estimate: swap b and c, and a follows c.
      [state.a, state.b, state.c, state.fa, state.fb, state.fc] = [state.b, state.c, state.b, state.fb, state.fc, state.fb];
    }
    const toleranceNow = 2 * Number.EPSILON * Math.abs(state.b) + 0.5 * bracket.tolerance;
    const bisectionStep = (state.c - state.b) / 2;
    if (Math.abs(bisectionStep) <= toleranceNow || state.fb === 0) return state.b;
    let step = chooseStep(state, { previousStep, bisectionStep, toleranceNow });
    if (Math.abs(step) < toleranceNow) step = step > 0 ? toleranceNow : -toleranceNow;
    state.a = state.b;
    state.fa = state.fb;
    state.b += step;
    state.fb = f(state.b);
    if ((state.fb > 0 && state.fc > 0) || (state.fb < 0 && state.fc < 0)) {
      state.c = state.a;
      state.fc = state.fa;
    }
  }
  return state.b;
}

/** The interpolation step if it is safe (inside the bracket, and shrinking fast enough), else bisection. */
function chooseStep(state: BrentState, steps: { readonly previousStep: number; readonly bisectionStep: number; readonly toleranceNow: number }): number {
  const { previousStep, bisectionStep, toleranceNow } = steps;
  if (Math.abs(previousStep) < toleranceNow || Math.abs(state.fa) <= Math.abs(state.fb)) return bisectionStep;
  const { a, b, c, fa, fb, fc } = state;
  const towardC = c - b;
  let p: number;
  let q: number;
  if (a === c) {
    // Secant through a and b.
    const ratio = fb / fa;
    p = towardC * ratio;
    q = 1 - ratio;
  } else {
    // Inverse quadratic interpolation through a, b and c.
    const qa = fa / fc;
    const rb = fb / fc;
    const sb = fb / fa;
    p = sb * (towardC * qa * (qa - rb) - (b - a) * (rb - 1));
    q = (qa - 1) * (rb - 1) * (sb - 1);
  }
  if (p > 0) q = -q;
  else p = -p;
  const isSafe = p < 0.75 * towardC * q - Math.abs(toleranceNow * q) / 2 && p < Math.abs((previousStep * q) / 2);
  return isSafe ? p / q : bisectionStep;
}
