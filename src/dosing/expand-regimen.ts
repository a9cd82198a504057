import type { DosingRegimen, ScheduledDose } from "./dosing-regimen.js";

function amountAt(regimen: DosingRegimen, index: number, timeH: number): { amountMg: number; source: ScheduledDose["source"] } {
  const loading = regimen.loadingDosesMg[index];
  if (loading !== undefined) return { amountMg: loading, source: "loading" };
  let result: { amountMg: number; source: ScheduledDose["source"] } = { amountMg: regimen.doseMg, source: "maintenance" };
  for (const step of regimen.titration) if (step.fromH <= timeH) result = { amountMg: step.doseMg, source: "titration" };
  return result;
}

function infusionDuration(regimen: DosingRegimen, amountMg: number): number | undefined {
  if (regimen.route !== "infusion") return undefined;
  if (regimen.infusionDurationH !== undefined) return regimen.infusionDurationH;
  return amountMg / (regimen.infusionRateMgPerH ?? Number.NaN);
}

/**
 * The scheduled administrations of a regimen: dose k at k·interval (k = 0 … count − 1),
 * the first ones at the loading amounts, later ones at the maintenance amount or the
 * latest titration step that has started; infusions last their fixed duration, or
 * amount / rate.
 *
 * @example expandRegimen({ route: "oral", doseMg: 100, intervalH: 12, doseCount: 3, loadingDosesMg: [400], titration: [] }) // amounts 400, 100, 100 at 0, 12, 24 h
 */
export function expandRegimen(regimen: DosingRegimen): ScheduledDose[] {
  const doses: ScheduledDose[] = [];
  for (let index = 0; index < regimen.doseCount; index++) {
    const timeH = index * regimen.intervalH;
    const { amountMg, source } = amountAt(regimen, index, timeH);
    const durationH = infusionDuration(regimen, amountMg);
    doses.push(durationH === undefined ? { index, timeH, amountMg, source, route: regimen.route } : { index, timeH, amountMg, source, route: regimen.route, durationH });
  }
  return doses;
}
