/** What 1:1 nearest-neighbour matching needs: how many on each side, their distance, the order of matching. */
export interface NearestNeighbourOptions {
  readonly treatedCount: number;
  readonly controlCount: number;
  /** Distance between treated t and control c (≥ 0). */
  readonly distance: (treated: number, control: number) => number;
  /** Treated indexes in the order they choose (each exactly once). */
  readonly order: ArrayLike<number>;
  /** The largest allowed distance; a treated patient with no control this close stays unmatched. */
  readonly caliper?: number;
}

/**
 * Greedy 1:1 nearest-neighbour matching without replacement: in the given order, each
 * treated patient takes the closest control not yet taken (ties: the lowest index), unless
 * it lies beyond the caliper. The same algorithm as R MatchIt's `method = "nearest"` with
 * `replace = FALSE` (whose default order for propensity scores is "largest" first).
 *
 * Reference: Stuart (2010) Matching methods for causal inference, Statistical Science
 * 25:1–21; Austin (2011) Optimal caliper widths for propensity-score matching, Pharmaceutical
 * Statistics 10:150–161.
 *
 * @returns for each treated index, its control's index, or -1 when unmatched
 * @example matchNearestNeighbour({ treatedCount: 2, controlCount: 2, distance: (t, c) => Math.abs([0, 1][t]! - [0.9, 0.1][c]!), order: [0, 1] }) // Int32Array [1, 0]
 */
export function matchNearestNeighbour(options: NearestNeighbourOptions): Int32Array {
  const { treatedCount, controlCount, distance, order } = options;
  const caliper = options.caliper ?? Infinity;
  const taken = new Uint8Array(controlCount);
  const matched = new Int32Array(treatedCount).fill(-1);
  for (let position = 0; position < order.length; position++) {
    const treated = order[position] as number;
    let best = -1;
    let bestDistance = Infinity;
    for (let control = 0; control < controlCount; control++) {
      if (taken[control] === 1) continue;
      const d = distance(treated, control);
      if (d < bestDistance) {
        bestDistance = d;
        best = control;
      }
    }
    if (best < 0 || !(bestDistance <= caliper)) continue;
    taken[best] = 1;
    matched[treated] = best;
  }
  return matched;
}
