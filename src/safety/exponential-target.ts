/**
 * The cumulative-hazard target of an event drawn by inversion: E = −ln(u), a standard
 * exponential (Exp(1)) variable for u uniform in (0, 1).
 *
 * It is −ln(u), not −ln(1 − u): the same convention as every other exponential draw of
 * twin-trial (src/trial/time-to-event-endpoint.ts, src/trial/enrolment.ts), and the one whose
 * onset H⁻¹(E) is the inverse of the survival function S(t) = exp(−H(t)) at u, so
 * t = S⁻¹(u): a larger u gives an earlier event. Our streams never return 0 or 1
 * (src/rng/stream.ts), so E is finite and positive.
 *
 * Reference: Bender, Augustin & Blettner (2005), Generating survival times to simulate Cox
 * proportional hazards models, Statistics in Medicine 24, 1713–1723: T = H⁻¹(−log U).
 *
 * @param uniform a draw in the open interval (0, 1)
 * @returns E = −ln(uniform), dimensionless cumulative hazard
 * @example exponentialTarget(Math.exp(-2)) // 2
 */
export function exponentialTarget(uniform: number): number {
  if (!(uniform > 0 && uniform < 1)) {
    throw new RangeError(`exponentialTarget requires a uniform in (0, 1), got ${uniform}`);
  }
  return -Math.log(uniform);
}
