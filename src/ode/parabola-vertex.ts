/**
 * The vertex of the parabola through three points with t0 < t1 < t2, for refining a sampled
 * maximum or minimum at t1: with divided differences f01 = (y1 − y0)/(t1 − t0) and
 * a = (f12 − f01)/(t2 − t0), the vertex is at t* = (t0 + t1)/2 − f01/(2a). Returns the middle
 * point unchanged when the points are collinear or the vertex falls outside [t0, t2]. For a
 * smooth f sampled every Δt the vertex value is off by at most about |f‴|·Δt³/16.
 *
 * Reference: Press et al., Numerical Recipes, 3rd ed. (2007), §10.3, eq. (10.3.1).
 *
 * @param timesH [t0, t1, t2], h
 * @param values [y0, y1, y2]
 * @example findParabolaVertex([0, 1, 2], [0, 1, 0]) // { timeH: 1, value: 1 }
 */
export function findParabolaVertex(
  timesH: readonly [number, number, number],
  values: readonly [number, number, number],
): { readonly timeH: number; readonly value: number } {
  const [t0, t1, t2] = timesH;
  const [y0, y1, y2] = values;
  const slope01 = (y1 - y0) / (t1 - t0);
  const slope12 = (y2 - y1) / (t2 - t1);
  const curvature = (slope12 - slope01) / (t2 - t0);
  const middle = { timeH: t1, value: y1 };
  if (!(curvature !== 0 && Number.isFinite(curvature))) return middle;
  const timeH = (t0 + t1) / 2 - slope01 / (2 * curvature);
  if (!(timeH >= t0 && timeH <= t2)) return middle;
  return { timeH, value: y0 + slope01 * (timeH - t0) + curvature * (timeH - t0) * (timeH - t1) };
}
