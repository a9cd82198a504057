import type { CovariateTable } from "./covariate-table.js";
import { silvermanBandwidth } from "./silverman-bandwidth.js";

/** Kernel noise for one continuous column: bandwidth and the observed range it is clipped to. */
export interface ColumnSmoothing {
  readonly name: string;
  readonly bandwidth: number;
  readonly minimum: number;
  readonly maximum: number;
}

/**
 * Bandwidths (Silverman) and clipping ranges of every continuous column, computed once
 * per run from the eligible real patients' recorded values. A column with fewer than two
 * recorded values gets bandwidth 0 (no noise).
 */
export function planSmoothing(table: CovariateTable): readonly ColumnSmoothing[] {
  return table.numeric
    .filter((column) => column.continuous)
    .map((column) => {
      const observed = Array.from(column.values).filter((value) => !Number.isNaN(value));
      const bandwidth = observed.length >= 2 ? silvermanBandwidth(observed) : 0;
      const minimum = observed.reduce((low, value) => Math.min(low, value), Infinity);
      const maximum = observed.reduce((high, value) => Math.max(high, value), -Infinity);
      return { name: column.name, bandwidth, minimum, maximum };
    });
}
