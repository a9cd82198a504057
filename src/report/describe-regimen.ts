import type { Regimen } from "../spec/schema.js";
import { formatNumber } from "./format-number.js";

function amountText(regimen: Regimen): string {
  if (regimen.dose_mg_per_kg !== undefined) return `${formatNumber(regimen.dose_mg_per_kg)} mg/kg`;
  if (regimen.dose_column !== undefined) return regimen.weight_column === undefined ? `${regimen.dose_column} mg (per patient)` : `${regimen.dose_column} mg/kg (per patient)`;
  return `${formatNumber(regimen.dose_mg ?? Number.NaN)} mg`;
}

function routeText(regimen: Regimen): string {
  if (regimen.route !== "infusion") return regimen.route === "oral" ? "oral" : "IV bolus";
  if (regimen.infusion_duration_h !== undefined) return `IV infusion over ${formatNumber(regimen.infusion_duration_h)} h`;
  return `IV infusion at ${formatNumber(regimen.infusion_rate_mg_per_h ?? Number.NaN)} mg/h`;
}

/**
 * A regimen in one line, as a protocol would write it, e.g. "400 mg loading, then 100 mg
 * oral every 12 h (200 mg from day 3) × 14 doses".
 *
 * @example describeRegimen({ route: "oral", dose_mg: 50, interval_h: 24, n_doses: 84, loading_doses_mg: [], titration: [] }) // "50 mg oral every 24 h × 84 doses"
 */
export function describeRegimen(regimen: Regimen | undefined): string {
  if (regimen === undefined) return "no drug";
  const loading = regimen.loading_doses_mg.length === 0 ? "" : `${regimen.loading_doses_mg.map((dose) => `${formatNumber(dose)} mg`).join(", ")} loading, then `;
  const steps = regimen.titration.length === 0 ? "" : ` (${regimen.titration.map((step) => `${formatNumber(step.dose_mg)} mg from day ${formatNumber(step.from_day)}`).join(", ")})`;
  const count = regimen.n_doses ?? 1;
  return `${loading}${amountText(regimen)} ${routeText(regimen)} every ${formatNumber(regimen.interval_h)} h${steps} × ${count} dose${count === 1 ? "" : "s"}`;
}
