import type { ExposureMetrics } from "./pk-model-types.js";
import type { ExposureDriver, ExposureMetricName } from "../spec/schema.js";

/** The value of a named exposure metric; 0 without drug (null metrics). */
export function exposureValue(metrics: ExposureMetrics | null, name: ExposureMetricName): number {
  if (metrics === null) return 0;
  switch (name) {
    case "auc_tau":
      return metrics.aucTauMgHPerL;
    case "cavg":
      return metrics.cavgMgPerL;
    case "cmax":
      return metrics.cmaxMgPerL;
    case "cmin":
      return metrics.cminMgPerL;
    case "ctrough":
      return metrics.ctroughMgPerL;
    case "auc_cumulative":
      return metrics.aucCumulativeMgHPerL;
  }
}

/** Unit of a named exposure metric, for tables. */
export function exposureUnit(name: ExposureMetricName): string {
  return name === "auc_tau" || name === "auc_cumulative" ? "mg·h/L" : "mg/L";
}

/** Whether a drug-effect driver is a steady-state exposure metric (not a time course). */
export function isExposureMetric(driver: ExposureDriver): driver is ExposureMetricName {
  return driver !== "concentration" && driver !== "effect-site";
}
